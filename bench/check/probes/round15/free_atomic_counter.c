/* Race-free: hits is an _Atomic counter updated with atomic_fetch_add, and the plain total is written only by main after joins. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#define N 4
_Atomic long hits;
long total;
void *worker(void *arg) {
  (void)arg;
  for (int i = 0; i < 5; i++) atomic_fetch_add(&hits, 1);
  return NULL;
}
int main(void) {
  pthread_t t[N];
  for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, NULL);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  total = atomic_load(&hits);
  printf("%ld\n", total);
  return 0;
}
