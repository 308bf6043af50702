/* TRUTH: racy — consumer reads x before its wait as well as after */
#include <pthread.h>
#include <semaphore.h>
sem_t s; int x;
void *prod(void *a){ x = 1; sem_post(&s); return 0; }
void *cons(void *a){ int r = x; sem_wait(&s); return (void*)(long)(r + x); }
int main(void){ pthread_t a,b; sem_init(&s,0,0); pthread_create(&b,0,cons,0); pthread_create(&a,0,prod,0); pthread_join(a,0); pthread_join(b,0); return 0; }
