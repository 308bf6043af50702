/* TRUTH: free. parent creates child, child writes g, parent joins child, then writes g;
   main joins parent, then reads g. */
#include <pthread.h>
static int g;
static void *child(void *v) { (void)v; g = 1; return NULL; }
static void *parent(void *v) {
  (void)v;
  pthread_t c;
  pthread_create(&c, NULL, child, NULL);
  pthread_join(c, NULL);
  g++;
  return NULL;
}
int main(void) {
  pthread_t p;
  pthread_create(&p, NULL, parent, NULL);
  pthread_join(p, NULL);
  return g;
}
