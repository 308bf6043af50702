/* TRUTH: racy — thread 0 clears bins[0] with a non-atomic store through a plain long* while other threads atomically fetch_add bins[0] (mixed atomic/non-atomic access) */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#define N 4000
#define T 4
#define B 10
int in[N];
atomic_long bins[B];
static void *hist(void *arg) {
  int id = (int)(long)arg;
  if (id == 0) *(long *)&bins[0] = 0;
  for (int i = id * (N / T); i < (id + 1) * (N / T); i++) atomic_fetch_add_explicit(&bins[in[i] % B], 1, memory_order_relaxed);
  return 0;
}
int main(void) {
  pthread_t t[T];
  for (int i = 0; i < N; i++) in[i] = (i * 7919) % 1000;
  for (long i = 0; i < T; i++) pthread_create(&t[i], 0, hist, (void *)i);
  for (int i = 0; i < T; i++) pthread_join(t[i], 0);
  long s = 0; for (int b = 0; b < B; b++) s += atomic_load(&bins[b]);
  printf("%ld\n", s);
  return 0;
}
