/* TRUTH: racy — all handles go into one variable t, so join(t) waits only for the last thread; main reads sum early */
#include <pthread.h>
int sum[3];
void *w(void *x){ long id = (long)x; sum[id] = (int)id; return 0; }
int main(void){
  pthread_t t;
  for (long i = 0; i < 3; i++) pthread_create(&t,0,w,(void*)i);
  pthread_join(t,0);
  return sum[0];
}
