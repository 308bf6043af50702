/* TRUTH: racy — recursive fib threads all accumulate into one global total */
#include <pthread.h>
int total;
void *fib(void *p){ long n = (long)p; if (n < 2){ total += n; return 0; }
 pthread_t ta, tb; pthread_create(&ta,0,fib,(void*)(n-1)); pthread_create(&tb,0,fib,(void*)(n-2)); pthread_join(ta,0); pthread_join(tb,0); return 0; }
int main(void){ pthread_t t; pthread_create(&t,0,fib,(void*)5); pthread_join(t,0); return total; }
