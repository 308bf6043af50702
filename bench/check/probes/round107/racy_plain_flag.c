/* TRUTH: racy — producer writes data then a plain (non-atomic) ready flag; consumer spins on the plain flag */
#include <pthread.h>
int data;
volatile int ready;
void *prod(void *a){ (void)a; data = 42; ready = 1; return 0; }
void *cons(void *a){ (void)a; while (!ready) ; return (void *)(long)data; }
int main(void){ pthread_t t1,t2; pthread_create(&t1,0,cons,0); pthread_create(&t2,0,prod,0);
  pthread_join(t1,0); pthread_join(t2,0); return 0; }
