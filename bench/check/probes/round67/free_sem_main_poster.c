/* TRUTH: free — main writes config, posts; two workers wait (two posts) then read */
#include <pthread.h>
#include <semaphore.h>
sem_t s; int cfg;
void *w(void *a){ sem_wait(&s); return (void*)(long)cfg; }
int main(void){ pthread_t a,b; sem_init(&s,0,0); pthread_create(&a,0,w,0); pthread_create(&b,0,w,0); cfg = 5; sem_post(&s); sem_post(&s); pthread_join(a,0); pthread_join(b,0); return 0; }
