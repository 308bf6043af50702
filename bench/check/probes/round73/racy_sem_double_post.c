/* TRUTH: racy — w2 posts twice after one wait, raising the count to 2, so two w threads can be inside g++ (line 5) at once */ #include <pthread.h>
#include <semaphore.h>
#include <errno.h>
int g; sem_t s;
void *w(void *x){ for (int i=0;i<1000;i++){ sem_wait(&s); g++; sem_post(&s);} return 0; }
void *w2(void *x){ sem_wait(&s); sem_post(&s); sem_post(&s); return 0; }
int main(void){ sem_init(&s, 0, 1); pthread_t a,b,c; pthread_create(&c,0,w2,0); pthread_create(&a,0,w,0); pthread_create(&b,0,w,0); pthread_join(a,0); pthread_join(b,0); pthread_join(c,0); return g; }
