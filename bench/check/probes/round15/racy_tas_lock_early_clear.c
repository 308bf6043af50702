/* Racy: the test-and-set lock is cleared before len++ runs, so the increments of len are unprotected. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#define N 4
atomic_flag guard = ATOMIC_FLAG_INIT;
int len;
int items[64];
void *adder(void *arg) {
  (void)arg;
  for (int k = 0; k < 3; k++) {
    while (atomic_flag_test_and_set(&guard)) { }
    items[len] = k;
    atomic_flag_clear(&guard);
    len++;
  }
  return NULL;
}
int main(void) {
  pthread_t t[N];
  for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, adder, NULL);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  printf("%d %d\n", len, items[0]);
  return 0;
}
