/* TRUTH: racy — semaphore initialised to 1, so B's sem_wait need not wait for A's post; both write p[0] */
#include <pthread.h>
#include <semaphore.h>
int g[4];
sem_t s;
void *A(void *a){ int *p = a; p[0] = 1; sem_post(&s); return 0; }
void *B(void *a){ int *p = a; sem_wait(&s); p[0] = 2; return 0; }
int main(void){ pthread_t t1,t2; sem_init(&s,0,1); pthread_create(&t1,0,A,g); pthread_create(&t2,0,B,g);
  pthread_join(t1,0); pthread_join(t2,0); sem_destroy(&s); return 0; }
