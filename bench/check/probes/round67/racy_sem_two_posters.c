/* TRUTH: racy — p2 also posts without writing; consumer may be woken by p2 and read x while p1 writes */
#include <pthread.h>
#include <semaphore.h>
#include <unistd.h>
sem_t s; int x;
void *p1(void *a){ usleep(2000); x = 1; sem_post(&s); return 0; }
void *p2(void *a){ sem_post(&s); return 0; }
void *cons(void *a){ sem_wait(&s); return (void*)(long)x; }
int main(void){ pthread_t a,b,c; sem_init(&s,0,0); pthread_create(&b,0,cons,0); pthread_create(&a,0,p1,0); pthread_create(&c,0,p2,0); pthread_join(a,0); pthread_join(b,0); pthread_join(c,0); return 0; }
