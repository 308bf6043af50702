/* Race-free: Peterson's algorithm with seq_cst atomics for flag[] and turn gives mutual exclusion over the plain counter. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
atomic_int flag[2];
atomic_int turn;
int counter;
void *thr(void *arg) {
  int me = (int)(intptr_t)arg, other = 1 - me;
  for (int i = 0; i < 3; i++) {
    atomic_store(&flag[me], 1);
    atomic_store(&turn, other);
    while (atomic_load(&flag[other]) && atomic_load(&turn) == other) { }
    counter = counter + 1;
    atomic_store(&flag[me], 0);
  }
  return NULL;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, thr, (void *)(intptr_t)0);
  pthread_create(&b, NULL, thr, (void *)(intptr_t)1);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  printf("%d\n", counter);
  return 0;
}
