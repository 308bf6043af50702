/* TRUTH: racy — semaphore in a struct started at 1 via field init; consumer passes immediately */
#include <pthread.h>
#include <semaphore.h>
#include <unistd.h>
struct ch { sem_t s; int v; } c;
void *prod(void *a){ usleep(1000); c.v = 1; sem_post(&c.s); return 0; }
void *cons(void *a){ sem_wait(&c.s); return (void*)(long)c.v; }
int main(void){ pthread_t a,b; sem_init(&c.s,0,1); pthread_create(&b,0,cons,0); pthread_create(&a,0,prod,0); pthread_join(a,0); pthread_join(b,0); return 0; }
