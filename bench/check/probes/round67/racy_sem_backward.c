/* TRUTH: racy — consumer writes x before its wait, producer reads x before posting: no ordering */
#include <pthread.h>
#include <semaphore.h>
sem_t s; int x;
void *prod(void *a){ int r = x; sem_post(&s); return (void*)(long)r; }
void *cons(void *a){ x = 3; sem_wait(&s); return 0; }
int main(void){ pthread_t a,b; sem_init(&s,0,0); pthread_create(&b,0,cons,0); pthread_create(&a,0,prod,0); pthread_join(a,0); pthread_join(b,0); return 0; }
