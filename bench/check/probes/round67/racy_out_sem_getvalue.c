/* TRUTH: racy — two threads call sem_getvalue writing the same global int */
#include <pthread.h>
#include <semaphore.h>
sem_t s; int v;
void *f(void *a){ sem_getvalue(&s, &v); return 0; }
int main(void){ pthread_t a,b; sem_init(&s,0,0); pthread_create(&a,0,f,0); pthread_create(&b,0,f,0); pthread_join(a,0); pthread_join(b,0); return v; }
