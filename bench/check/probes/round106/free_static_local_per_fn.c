/* TRUTH: free — the neighbour read a[id + 1] targets a DIFFERENT array: a block-scope array 'a' in the reader helper shadows the global one and is only touched under a lock */
#include <pthread.h>
#include <stdio.h>
#define N 4
int a[N + 1];
int out[N];
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int peek(long id) {
  static int a[N + 1];
  int v;
  pthread_mutex_lock(&m);
  v = a[id + 1];
  a[id] = v + 1;
  pthread_mutex_unlock(&m);
  return v;
}
void *f(void *p) {
  long id = (long)p;
  a[id] = (int)id + 1;
  out[id] = peek(id);
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%d %d\n", out[0], a[1]);
  return 0;
}
