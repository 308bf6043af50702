/* TRUTH: racy — main starts child-starter s which starts child before joining prod; child reads data (line 6) concurrently with prod (line 5) */ #include <pthread.h>
#include <stdatomic.h>
#include <semaphore.h>
int data; pthread_t pt;
void *prod(void *x){ data = 1; return 0; }
void *child(void *x){ return (void*)(long)data; }
void *cons(void *x){ pthread_t c; pthread_create(&c,0,child,0); pthread_join(pt,0); pthread_join(c,0); return 0; }
int main(void){ pthread_t a; pthread_create(&pt,0,prod,0); pthread_create(&a,0,cons,0); pthread_join(a,0); return 0; }
