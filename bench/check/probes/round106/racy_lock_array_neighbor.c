/* TRUTH: racy — instance id holds m[id] for both its write a[id] and its read a[id + 1]; the neighbour writes a[id + 1] under m[id + 1], a different mutex */
#include <pthread.h>
#include <stdio.h>
#define N 4
int a[N + 1];
int out[N];
pthread_mutex_t m[N];
void *f(void *p) {
  long id = (long)p;
  pthread_mutex_lock(&m[id]);
  a[id] = (int)id + 1;
  out[id] = a[id + 1];
  pthread_mutex_unlock(&m[id]);
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  for (i = 0; i < N; i++) pthread_mutex_init(&m[i], 0);
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%d\n", out[0]);
  return 0;
}
