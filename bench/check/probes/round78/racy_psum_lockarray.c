/* TRUTH: racy — each thread locks its own mutex gm[id] (per-thread lock array) before gtotal += s, so no mutual exclusion on gtotal */
#include <pthread.h>
#include <stdio.h>
#define N 1000
#define T 4
int data[N];
long partial[T];
long gtotal;
pthread_mutex_t gm[T] = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER };
static void *sum(void *arg) {
  int id = (int)(long)arg;
  long s = 0;
  for (int i = id; i < N; i += T) s += data[i];
  pthread_mutex_lock(&gm[id]); gtotal += s; pthread_mutex_unlock(&gm[id]);
  return 0;
}
int main(void) {
  pthread_t t[T];
  for (int i = 0; i < N; i++) data[i] = i;
  for (long i = 0; i < T; i++) pthread_create(&t[i], 0, sum, (void *)i);
  for (int i = 0; i < T; i++) pthread_join(t[i], 0);
  long total = 0;
  total = gtotal;
  printf("%ld\n", total);
  return 0;
}
