/* Racy: each thread waits on the other's flag before raising its own, so both can enter the section and update counter together. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
atomic_int flag[2];
int counter;
void *thr(void *arg) {
  int me = (int)(intptr_t)arg, other = 1 - me;
  for (int i = 0; i < 3; i++) {
    while (atomic_load(&flag[other])) { }
    atomic_store(&flag[me], 1);
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
