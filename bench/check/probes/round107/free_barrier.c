/* TRUTH: free — A writes p[0] before a 2-party barrier; B writes p[0] after it */
#include <pthread.h>
int g[4];
pthread_barrier_t b;
void *A(void *a){ int *p = a; p[0] = 1; pthread_barrier_wait(&b); return 0; }
void *B(void *a){ int *p = a; pthread_barrier_wait(&b); p[0] = 2; return 0; }
int main(void){ pthread_t t1,t2; pthread_barrier_init(&b,0,2); pthread_create(&t1,0,A,g); pthread_create(&t2,0,B,g);
  pthread_join(t1,0); pthread_join(t2,0); pthread_barrier_destroy(&b); return g[0] != 2; }
