/* TRUTH: free — cell() returns the address of the calling thread’s own _Thread_local array element */
#include <pthread.h>
#include <stdio.h>
#define N 4
_Thread_local int tl[N + 1];
static int *cell(long k) { return &tl[k]; }
int out[N];
void *f(void *p) {
  long id = (long)p;
  *cell(id) = (int)id + 1;
  out[id] = *cell(id + 1);
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
