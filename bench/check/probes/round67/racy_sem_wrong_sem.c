/* TRUTH: racy — producer posts s1 but consumer waits s2, which main posts immediately */
#include <pthread.h>
#include <semaphore.h>
#include <unistd.h>
sem_t s1, s2; int x;
void *prod(void *a){ usleep(1000); x = 1; sem_post(&s1); return 0; }
void *cons(void *a){ sem_wait(&s2); return (void*)(long)x; }
int main(void){ pthread_t a,b; sem_init(&s1,0,0); sem_init(&s2,0,0); pthread_create(&b,0,cons,0); pthread_create(&a,0,prod,0); sem_post(&s2); pthread_join(a,0); pthread_join(b,0); sem_wait(&s1); return 0; }
