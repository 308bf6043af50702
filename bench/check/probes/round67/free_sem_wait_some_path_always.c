/* TRUTH: free — guarded wait, but the only start passes a nonzero arg so the wait always happens */
#include <pthread.h>
#include <semaphore.h>
sem_t s; int x;
void *prod(void *a){ x = 1; sem_post(&s); return 0; }
void *cons(void *a){ if (a) sem_wait(&s); return (void*)(long)x; }
int main(void){ pthread_t a,b; sem_init(&s,0,0); pthread_create(&b,0,cons,(void*)1); pthread_create(&a,0,prod,0); pthread_join(a,0); pthread_join(b,0); return 0; }
