/* TRUTH: racy — g++ (line 5) in the branch where sem_trywait failed (EAGAIN: the other thread holds it) */ #include <pthread.h>
#include <semaphore.h>
#include <errno.h>
int g; sem_t s;
void *w(void *x){ for (int i=0;i<1000;i++){ if (sem_trywait(&s) != 0) { g++; } else { sem_post(&s); } } return 0; }
int main(void){ sem_init(&s, 0, 1); pthread_t a,b; pthread_create(&a,0,w,0); pthread_create(&b,0,w,0); pthread_join(a,0); pthread_join(b,0); return g; }
