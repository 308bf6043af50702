/* TRUTH: racy — main posts too, so consumer may pass before the producer's write */
#include <pthread.h>
#include <semaphore.h>
#include <unistd.h>
sem_t s; int x;
void *prod(void *a){ usleep(2000); x = 1; sem_post(&s); return 0; }
void *cons(void *a){ sem_wait(&s); return (void*)(long)x; }
int main(void){ pthread_t a,b; sem_init(&s,0,0); pthread_create(&b,0,cons,0); pthread_create(&a,0,prod,0); sem_post(&s); pthread_join(a,0); pthread_join(b,0); return 0; }
