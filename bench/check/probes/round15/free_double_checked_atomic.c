/* Race-free: double-checked init uses an acquire load / release store of the atomic flag, and config is written once under the mutex before the flag. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#define N 3
atomic_int inited;
int config[4];
pthread_mutex_t im = PTHREAD_MUTEX_INITIALIZER;
static void ensure(void) {
  if (!atomic_load_explicit(&inited, memory_order_acquire)) {
    pthread_mutex_lock(&im);
    if (!atomic_load_explicit(&inited, memory_order_relaxed)) {
      for (int i = 0; i < 4; i++) config[i] = i * i;
      atomic_store_explicit(&inited, 1, memory_order_release);
    }
    pthread_mutex_unlock(&im);
  }
}
void *user(void *arg) {
  (void)arg;
  ensure();
  printf("%d\n", config[3]);
  return NULL;
}
int main(void) {
  pthread_t t[N];
  for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, user, NULL);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  return 0;
}
