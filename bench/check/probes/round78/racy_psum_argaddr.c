/* TRUTH: racy — thread gets &i of main's loop counter; thread reads *arg while main increments i (read vs write of i) */
#include <pthread.h>
#include <stdio.h>
#define N 1000
#define T 4
int data[N];
long partial[T];
static void *sum(void *arg) {
  int id = *(int *)arg % T;
  long s = 0;
  for (int i = id; i < N; i += T) s += data[i];
  partial[id] = s;
  return 0;
}
int main(void) {
  pthread_t t[T];
  for (int i = 0; i < N; i++) data[i] = i;
  for (int i = 0; i < T; i++) pthread_create(&t[i], 0, sum, &i);
  for (int i = 0; i < T; i++) pthread_join(t[i], 0);
  long total = 0;
  for (int i = 0; i < T; i++) total += partial[i];
  printf("%ld\n", total);
  return 0;
}
