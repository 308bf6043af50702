/* TRUTH: free — prod started twice; only the arg==0 instance writes x; consumer waits for both posts */
#include <pthread.h>
#include <semaphore.h>
sem_t s; int x;
void *prod(void *a){ if (!a) x = 1; sem_post(&s); return 0; }
void *cons(void *a){ sem_wait(&s); sem_wait(&s); return (void*)(long)x; }
int main(void){ pthread_t a,a2,b; sem_init(&s,0,0); pthread_create(&b,0,cons,0); pthread_create(&a,0,prod,0); pthread_create(&a2,0,prod,(void*)1); pthread_join(a,0); pthread_join(a2,0); pthread_join(b,0); return 0; }
