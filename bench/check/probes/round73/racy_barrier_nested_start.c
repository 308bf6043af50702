/* TRUTH: racy — barrier count 2; main starts 2 waiters, a helper thread starts 2 more: 4 waits, two generations; a[] reads (line 5) race with writes */ #include <pthread.h>
#include <semaphore.h>
#include <stdatomic.h>
int a[4], r[4]; pthread_barrier_t b;
void *w(void *x){ long i = (long)x; a[i] = 1; pthread_barrier_wait(&b); r[i] = a[(i+1)%4]; return 0; }
void *h(void *x){ pthread_t u[2]; for (long i = 0; i < 2; i++) pthread_create(&u[i],0,w,(void*)(i+2)); for (int i=0;i<2;i++) pthread_join(u[i],0); return 0; }
int main(void){ pthread_barrier_init(&b, 0, 2); pthread_t t[2], hh; pthread_create(&hh,0,h,0);
  for (long i = 0; i < 2; i++) pthread_create(&t[i],0,w,(void*)i);
  for (int i = 0; i < 2; i++) pthread_join(t[i],0); pthread_join(hh,0); return 0; }
