/* TRUTH: racy — merge loop into shared bins done after unlocking (mutex released before the merge) */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#define N 4000
#define T 4
#define B 10
int in[N];
long bins[B];
pthread_mutex_t bm = PTHREAD_MUTEX_INITIALIZER;
static void *hist(void *arg) {
  int id = (int)(long)arg;
  long loc[B] = {0};
  for (int i = id * (N / T); i < (id + 1) * (N / T); i++) loc[in[i] % B]++;
  pthread_mutex_lock(&bm);
  pthread_mutex_unlock(&bm);
  for (int b = 0; b < B; b++) bins[b] += loc[b];
  return 0;
}
int main(void) {
  pthread_t t[T];
  for (int i = 0; i < N; i++) in[i] = (i * 7919) % 1000;
  for (long i = 0; i < T; i++) pthread_create(&t[i], 0, hist, (void *)i);
  for (int i = 0; i < T; i++) pthread_join(t[i], 0);
  long s = 0; for (int b = 0; b < B; b++) s += bins[b];
  printf("%ld\n", s);
  return 0;
}
