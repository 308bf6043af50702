/* TRUTH: racy — the write a[id] is under a block-scope static mutex 'm' that shadows the global 'm' used for the read a[id + 1]: two different mutexes */
#include <pthread.h>
#include <stdio.h>
#define N 4
int a[N + 1];
int out[N];
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void put(long id) {
  static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
  pthread_mutex_lock(&m);
  a[id] = (int)id + 1;
  pthread_mutex_unlock(&m);
}
void *f(void *p) {
  long id = (long)p;
  put(id);
  pthread_mutex_lock(&m);
  out[id] = a[id + 1];
  pthread_mutex_unlock(&m);
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%d\n", out[0]);
  return 0;
}
