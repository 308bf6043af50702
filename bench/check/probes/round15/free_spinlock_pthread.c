/* Race-free: the shared sum is updated only while holding the pthread spinlock; main reads it after joins. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#define N 4
pthread_spinlock_t sl;
long sum;
void *worker(void *arg) {
  long v = (long)(intptr_t)arg;
  for (int i = 0; i < 3; i++) {
    pthread_spin_lock(&sl);
    sum += v;
    pthread_spin_unlock(&sl);
  }
  return NULL;
}
int main(void) {
  pthread_t t[N];
  pthread_spin_init(&sl, PTHREAD_PROCESS_PRIVATE);
  for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, (void *)(intptr_t)(i + 1));
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  printf("%ld\n", sum);
  pthread_spin_destroy(&sl);
  return 0;
}
