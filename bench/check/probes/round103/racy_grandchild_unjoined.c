/* TRUTH: racy — the child starts a grandchild it never joins; main joins only the child and then reads 'g' that the grandchild writes */
#include <pthread.h>

int g;

void *grandchild(void *arg) {
  g = 42;
  return 0;
}

void *child(void *arg) {
  pthread_t gc;
  pthread_create(&gc, 0, grandchild, 0);
  pthread_detach(gc);
  return 0;
}

int main(void) {
  pthread_t c;
  pthread_create(&c, 0, child, 0);
  pthread_join(c, 0);
  int v = g;
  return v == 42 ? 0 : 1;
}
