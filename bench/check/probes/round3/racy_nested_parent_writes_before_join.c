/* TRUTH: racy. parent writes g after creating child but before joining it; child writes g. */
#include <pthread.h>
static int g;
static void *child(void *v) { (void)v; g = 1; return NULL; }
static void *parent(void *v) {
  (void)v;
  pthread_t c;
  pthread_create(&c, NULL, child, NULL);
  g++;
  pthread_join(c, NULL);
  return NULL;
}
int main(void) {
  pthread_t p;
  pthread_create(&p, NULL, parent, NULL);
  pthread_join(p, NULL);
  return g;
}
