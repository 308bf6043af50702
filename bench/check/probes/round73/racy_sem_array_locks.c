/* TRUTH: racy — s[0] and s[1] are two binary semaphores: w1 (line 5) and w2 (line 6) increment g under different ones */ #include <pthread.h>
#include <semaphore.h>
#include <stdatomic.h>
int g; sem_t s[2];
void *w1(void *x){ for (int i=0;i<1000;i++){ sem_wait(&s[0]); g++; sem_post(&s[0]); } return 0; }
void *w2(void *x){ for (int i=0;i<1000;i++){ sem_wait(&s[1]); g++; sem_post(&s[1]); } return 0; }
int main(void){ sem_init(&s[0],0,1); sem_init(&s[1],0,1); pthread_t a,b; pthread_create(&a,0,w1,0); pthread_create(&b,0,w2,0); pthread_join(a,0); pthread_join(b,0); return g; }
