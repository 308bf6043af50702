/* TRUTH: free — consumer writes x then posts back; producer waits back-sem before reading x */
#include <pthread.h>
#include <semaphore.h>
sem_t s, back; int x;
void *prod(void *a){ sem_post(&s); sem_wait(&back); return (void*)(long)x; }
void *cons(void *a){ sem_wait(&s); x = 3; sem_post(&back); return 0; }
int main(void){ pthread_t a,b; sem_init(&s,0,0); sem_init(&back,0,0); pthread_create(&b,0,cons,0); pthread_create(&a,0,prod,0); pthread_join(a,0); pthread_join(b,0); return 0; }
