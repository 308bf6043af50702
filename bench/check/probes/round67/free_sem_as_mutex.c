/* TRUTH: free — binary semaphore (init 1) used as a lock around c */
#include <pthread.h>
#include <semaphore.h>
sem_t s; int c;
void *f(void *a){ for (int i=0;i<100;i++){ sem_wait(&s); c++; sem_post(&s);} return 0; }
int main(void){ pthread_t a,b; sem_init(&s,0,1); pthread_create(&a,0,f,0); pthread_create(&b,0,f,0); pthread_join(a,0); pthread_join(b,0); return c; }
