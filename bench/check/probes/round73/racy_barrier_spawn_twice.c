/* TRUTH: racy — spawn() starts 2 waiters and is called twice: 4 waits on a barrier of 2, two generations; reads of a[] (line 5) race with writes (line 5) */ #include <pthread.h>
#include <semaphore.h>
#include <stdatomic.h>
int a[4], r[4]; pthread_barrier_t b; pthread_t t[4];
void *w(void *x){ long i = (long)x; a[i] = 1; pthread_barrier_wait(&b); r[i] = a[(i+1)%4]; return 0; }
static void spawn(long base){ for (long i = 0; i < 2; i++) pthread_create(&t[base+i],0,w,(void*)(base+i)); }
int main(void){ pthread_barrier_init(&b, 0, 2); spawn(0); spawn(2);
  for (int i = 0; i < 4; i++) pthread_join(t[i],0); return 0; }
