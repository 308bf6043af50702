/* TRUTH: racy — each of two children spawns and joins a grandchild; all four workers do nodes++ unprotected */
#include <pthread.h>

int nodes;

void *leaf(void *arg) {
  nodes++;
  return 0;
}

void *inner(void *arg) {
  pthread_t t;
  nodes++;
  pthread_create(&t, 0, leaf, 0);
  pthread_join(t, 0);
  return 0;
}

int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, inner, 0);
  pthread_create(&b, 0, inner, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return nodes;
}
