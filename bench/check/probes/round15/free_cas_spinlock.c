/* Race-free: counter is only touched inside a spinlock acquired by CAS 0->1 (acquire) and released by a release store. */
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
int main(void) {
  pthread_t t[N];
  for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, NULL);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  printf("%d\n", counter);
  return 0;
}
