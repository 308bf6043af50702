/* TRUTH: racy — main posts s once more after init 1 (count 2) before starting threads: g++ (line 5) concurrent */ #include <pthread.h>
#include <semaphore.h>
#include <errno.h>
int g; sem_t s;
void *w(void *x){ for (int i=0;i<1000;i++){ sem_wait(&s); g++; sem_post(&s);} return 0; }
int main(void){ sem_init(&s, 0, 1); sem_post(&s); pthread_t a,b; pthread_create(&a,0,w,0); pthread_create(&b,0,w,0); pthread_join(a,0); pthread_join(b,0); return g; }
