/* TRUTH: racy — join_all(t, N - 1) skips the last thread; main then writes buf[N-1] that it is writing */
#include <pthread.h>
#define N 3
int buf[N];
static void join_all(pthread_t *t, int n){ for (int i = 0; i < n; i++) pthread_join(t[i],0); }
void *w(void *x){ long id = (long)x; buf[id] = 1; return 0; }
int main(void){
  pthread_t t[N];
  for (long i = 0; i < N; i++) pthread_create(&t[i],0,w,(void*)i);
  join_all(t, N - 1);
  buf[N - 1] = 0;
  pthread_join(t[N - 1],0);
  return buf[0];
}
