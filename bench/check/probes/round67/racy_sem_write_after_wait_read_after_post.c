/* TRUTH: racy — consumer writes x after wait, producer reads x after its post */
#include <pthread.h>
#include <semaphore.h>
sem_t s; int x;
void *prod(void *a){ sem_post(&s); return (void*)(long)x; }
void *cons(void *a){ sem_wait(&s); x = 1; return 0; }
int main(void){ pthread_t a,b; sem_init(&s,0,0); pthread_create(&b,0,cons,0); pthread_create(&a,0,prod,0); pthread_join(a,0); pthread_join(b,0); return 0; }
