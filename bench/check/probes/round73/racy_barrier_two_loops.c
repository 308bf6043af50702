/* TRUTH: racy — barrier count 2 but w is started by two loops of 2 (4 waiters, 2 generations): thread i reads a[(i+1)%4] (line 5) while its writer may not have passed */ #include <pthread.h>
#include <semaphore.h>
#include <stdatomic.h>
int a[4], r[4]; pthread_barrier_t b;
void *w(void *x){ long i = (long)x; a[i] = 1; pthread_barrier_wait(&b); r[i] = a[(i+1)%4]; return 0; }
int main(void){ pthread_barrier_init(&b, 0, 2); pthread_t t[4];
  for (long i = 0; i < 2; i++) pthread_create(&t[i],0,w,(void*)i);
  for (long i = 2; i < 4; i++) pthread_create(&t[i],0,w,(void*)i);
  for (int i = 0; i < 4; i++) pthread_join(t[i],0); return 0; }
