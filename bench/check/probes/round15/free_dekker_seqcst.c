/* Race-free: Dekker's algorithm with seq_cst atomic wants[] and turn protects the plain shared variable x. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
atomic_int want0, want1, turn;
int x;
void *t0(void *arg) {
  (void)arg;
  atomic_store(&want0, 1);
  while (atomic_load(&want1)) {
    if (atomic_load(&turn) != 0) {
      atomic_store(&want0, 0);
      while (atomic_load(&turn) != 0) { }
      atomic_store(&want0, 1);
    }
  }
  x = x + 10;
  atomic_store(&turn, 1);
  atomic_store(&want0, 0);
  return NULL;
}
void *t1(void *arg) {
  (void)arg;
  atomic_store(&want1, 1);
  while (atomic_load(&want0)) {
    if (atomic_load(&turn) != 1) {
      atomic_store(&want1, 0);
      while (atomic_load(&turn) != 1) { }
      atomic_store(&want1, 1);
    }
  }
  x = x * 3;
  atomic_store(&turn, 0);
  atomic_store(&want1, 0);
  return NULL;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, t0, NULL);
  pthread_create(&b, NULL, t1, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  printf("%d\n", x);
  return 0;
}
