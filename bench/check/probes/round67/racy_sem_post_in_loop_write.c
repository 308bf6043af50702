/* TRUTH: racy — producer loop: write x then post, repeated; consumer waits once then reads while later writes happen */
#include <pthread.h>
#include <semaphore.h>
sem_t s; int x;
void *prod(void *a){ for (int i=0;i<3;i++){ x = i; sem_post(&s);} return 0; }
void *cons(void *a){ sem_wait(&s); return (void*)(long)x; }
int main(void){ pthread_t a,b; sem_init(&s,0,0); pthread_create(&b,0,cons,0); pthread_create(&a,0,prod,0); pthread_join(a,0); pthread_join(b,0); return 0; }
