/* TRUTH: racy — w posts before it waits (count reaches 2): both threads can run g++ (line 5) at once */ #include <pthread.h>
#include <semaphore.h>
#include <errno.h>
int g; sem_t s;
void *w(void *x){ sem_post(&s); for (int i=0;i<1000;i++){ sem_wait(&s); g++; sem_post(&s);} return 0; }
int main(void){ sem_init(&s, 0, 1); pthread_t a,b; pthread_create(&a,0,w,0); pthread_create(&b,0,w,0); pthread_join(a,0); pthread_join(b,0); return g; }
