/* TRUTH: racy — thread T-1 is detached, never joined; main writes data[3] after joining 0..T-2 while thread 3 may still read data[3] */
#include <pthread.h>
#include <stdio.h>
#define N 1000
#define T 4
int data[N];
long partial[T];
long gtotal;
pthread_mutex_t gm = PTHREAD_MUTEX_INITIALIZER;
static void *sum(void *arg) {
  int id = (int)(long)arg;
  long s = 0;
  for (int i = id; i < N; i += T) s += data[i];
  pthread_mutex_lock(&gm); gtotal += s; pthread_mutex_unlock(&gm);
  return 0;
}
int main(void) {
  pthread_t t[T];
  for (int i = 0; i < N; i++) data[i] = i;
  for (long i = 0; i < T; i++) pthread_create(&t[i], 0, sum, (void *)i);
  pthread_detach(t[T - 1]);
  for (int i = 0; i < T - 1; i++) pthread_join(t[i], 0);
  long total = 0;
  pthread_mutex_lock(&gm); total = gtotal; pthread_mutex_unlock(&gm);
  data[3] = 0;
  printf("%ld\n", total);
  return 0;
}
