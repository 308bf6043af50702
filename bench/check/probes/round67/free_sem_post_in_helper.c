/* TRUTH: free — direct sem_post(&s) inside a helper called by the single producer */
#include <pthread.h>
#include <semaphore.h>
sem_t s; int x;
static void signal_ready(void){ sem_post(&s); }
void *prod(void *a){ x = 1; signal_ready(); return 0; }
void *cons(void *a){ sem_wait(&s); return (void*)(long)x; }
int main(void){ pthread_t a,b; sem_init(&s,0,0); pthread_create(&b,0,cons,0); pthread_create(&a,0,prod,0); pthread_join(a,0); pthread_join(b,0); return 0; }
