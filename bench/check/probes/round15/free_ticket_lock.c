/* Race-free: a ticket lock (fetch_add on next, spin until serving equals ticket) serializes all updates to shared. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#define N 3
atomic_uint next_ticket;
atomic_uint now_serving;
int shared;
static void tlock(void) {
  unsigned my = atomic_fetch_add(&next_ticket, 1);
  while (atomic_load(&now_serving) != my) { }
}
static void tunlock(void) { atomic_fetch_add(&now_serving, 1); }
void *worker(void *arg) {
  (void)arg;
  for (int i = 0; i < 2; i++) {
    tlock();
    shared = shared * 2 + 1;
    tunlock();
  }
  return NULL;
}
int main(void) {
  pthread_t t[N];
  for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, NULL);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  printf("%d\n", shared);
  return 0;
}
