/* TRUTH: racy. parent's child is not joined by parent; main joins parent and then writes g,
   while the child may still be writing it. */
#include <pthread.h>
static int g;
static void *child(void *v) { (void)v; g = 1; return NULL; }
static void *parent(void *v) {
  (void)v;
  pthread_t c;
  pthread_create(&c, NULL, child, NULL);
  pthread_detach(c);
  return NULL;
}
int main(void) {
  pthread_t p;
  pthread_create(&p, NULL, parent, NULL);
  pthread_join(p, NULL);
  g = 2;
  return g;
}
