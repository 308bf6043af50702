/* Racy: the extra reporter thread increments counter without taking the CAS spinlock. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#define N 3
atomic_int lk;
int counter;
static void lock(void) {
  int exp = 0;
  while (!atomic_compare_exchange_weak_explicit(&lk, &exp, 1, memory_order_acquire, memory_order_relaxed))
    exp = 0;
}
static void unlock(void) { atomic_store_explicit(&lk, 0, memory_order_release); }
void *worker(void *arg) {
  (void)arg;
  for (int i = 0; i < 4; i++) { lock(); counter++; unlock(); }
  return NULL;
}
void *reporter(void *arg) {
  (void)arg;
  counter += 100;
  return NULL;
}
int main(void) {
  pthread_t t[N], r;
  for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, NULL);
  pthread_create(&r, NULL, reporter, NULL);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  pthread_join(r, NULL);
  printf("%d\n", counter);
  return 0;
}
