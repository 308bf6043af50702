/* TRUTH: racy — sem_trywait result ignored: g++ (line 5) may run while the other thread holds the semaphore */ #include <pthread.h>
#include <semaphore.h>
#include <errno.h>
int g; sem_t s;
void *w(void *x){ for (int i=0;i<1000;i++){ int r = sem_trywait(&s); g++; if (r == 0) sem_post(&s);} return 0; }
int main(void){ sem_init(&s, 0, 1); pthread_t a,b; pthread_create(&a,0,w,0); pthread_create(&b,0,w,0); pthread_join(a,0); pthread_join(b,0); return g; }
