/* TRUTH: racy — prod has one create site, but its creator h runs twice, so prod runs twice; second instance writes x while consumer reads */
#include <pthread.h>
#include <semaphore.h>
#include <unistd.h>
sem_t s; int x;
void *prod(void *a){ x++; sem_post(&s); return 0; }
void *h(void *a){ if (a) usleep(2000); pthread_t u; pthread_create(&u,0,prod,0); pthread_join(u,0); return 0; }
void *cons(void *a){ sem_wait(&s); usleep(3000); return (void*)(long)x; }
int main(void){ pthread_t a,b,c; sem_init(&s,0,0); pthread_create(&c,0,cons,0); pthread_create(&a,0,h,0); pthread_create(&b,0,h,(void*)1); pthread_join(a,0); pthread_join(b,0); pthread_join(c,0); return 0; }
