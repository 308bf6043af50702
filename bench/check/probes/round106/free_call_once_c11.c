/* TRUTH: free — C11 call_once runs init exactly once and its completion synchronises with every return from call_once; all instances then only read table[] */
#include <pthread.h>
#include <stdio.h>
#include <threads.h>
#define N 3
int table[N];
int out[N];
once_flag fl = ONCE_FLAG_INIT;
static void init(void) {
  int k;
  for (k = 0; k < N; k++) table[k] = k * 10;
}
void *f(void *p) {
  long id = (long)p;
  call_once(&fl, init);
  out[id] = table[(id + 1) % N];
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%d\n", out[2]);
  return 0;
}
