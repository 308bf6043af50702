/* TRUTH: racy — prod started in a loop without joins (one create site, several instances) */
#include <pthread.h>
#include <semaphore.h>
#include <unistd.h>
sem_t s; int x;
void *prod(void *a){ if (a) usleep(2000); x++; sem_post(&s); return 0; }
void *cons(void *a){ sem_wait(&s); usleep(3000); return (void*)(long)x; }
int main(void){ pthread_t c, t[3]; sem_init(&s,0,0); pthread_create(&c,0,cons,0); for (long i=0;i<3;i++) pthread_create(&t[i],0,prod,(void*)i); for (int i=0;i<3;i++) pthread_join(t[i],0); pthread_join(c,0); return 0; }
