/* TRUTH: racy — thread body chosen via function pointer table; the 'fast' variant (used by thread 3) adds to gtotal without lock */
#include <pthread.h>
#include <stdio.h>
#define N 1000
#define T 4
int data[N];
long partial[T];
long gtotal;
pthread_mutex_t gm = PTHREAD_MUTEX_INITIALIZER;
static void *sum(void *arg);
static void *fast(void *arg) { gtotal += 7; return 0; }
static void *(*fns[T])(void *) = { sum, sum, sum, fast };
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
  for (long i = 0; i < T; i++) pthread_create(&t[i], 0, fns[i], (void *)i);
  for (int i = 0; i < T; i++) pthread_join(t[i], 0);
  long total = 0;
  total = gtotal;
  printf("%ld\n", total);
  return 0;
}
