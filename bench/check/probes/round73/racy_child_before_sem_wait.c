/* TRUTH: racy — cons starts child before sem_wait; child reads data (line 6) concurrently with prod write (line 5) */ #include <pthread.h>
#include <stdatomic.h>
#include <semaphore.h>
int data; sem_t s;
void *prod(void *x){ data = 1; sem_post(&s); return 0; }
void *child(void *x){ return (void*)(long)data; }
void *cons(void *x){ pthread_t c; pthread_create(&c,0,child,0); sem_wait(&s); pthread_join(c,0); return 0; }
int main(void){ sem_init(&s,0,0); pthread_t a,b; pthread_create(&a,0,cons,0); pthread_create(&b,0,prod,0); pthread_join(a,0); pthread_join(b,0); return 0; }
