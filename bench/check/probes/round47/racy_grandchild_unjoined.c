/* TRUTH: racy — the parent thread creates a child that writes g, but writes g itself without joining the child first */
#include <pthread.h>
int g;
void *child(void *a) { g = 1; return 0; }
void *parent(void *a) {
  pthread_t c;
  pthread_create(&c, 0, child, 0);
  g = 2;
  pthread_join(c, 0);
  return 0;
}
int main(void) {
  pthread_t p;
  pthread_create(&p, 0, parent, 0);
  pthread_join(p, 0);
  return g;
}
