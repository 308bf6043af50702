/* TRUTH: racy — main sums partial[0..T-1] after joining only t[0]; reads of partial[1..] race with those threads' writes */
#include <pthread.h>
#include <stdio.h>
#define N 1000
#define T 4
int data[N];
long partial[T];
static void *sum(void *arg) {
  int id = (int)(long)arg;
  long s = 0;
  for (int i = id; i < N; i += T) s += data[i];
  partial[id] = s;
  return 0;
}
int main(void) {
  pthread_t t[T];
  for (int i = 0; i < N; i++) data[i] = i;
  for (long i = 0; i < T; i++) pthread_create(&t[i], 0, sum, (void *)i);
  long total = 0;
  pthread_join(t[0], 0);
  for (int i = 0; i < T; i++) total += partial[i];
  for (int i = 1; i < T; i++) pthread_join(t[i], 0);
  printf("%ld\n", total);
  return 0;
}
