/* TRUTH: racy — thread writes partial[(id+1)%T] and also partial[id]: partial[(id+1)%T] is written by both thread id and thread id+1 */
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
  partial[(id + 1) % T] += 1;
  return 0;
}
int main(void) {
  pthread_t t[T];
  for (int i = 0; i < N; i++) data[i] = i;
  for (long i = 0; i < T; i++) pthread_create(&t[i], 0, sum, (void *)i);
  for (int i = 0; i < T; i++) pthread_join(t[i], 0);
  long total = 0;
  for (int i = 0; i < T; i++) total += partial[i];
  printf("%ld\n", total);
  return 0;
}
