/* TRUTH: racy — A writes p[0] under mutex m1, B under a different mutex m2: no mutual exclusion */
#include <pthread.h>
int g[4];
pthread_mutex_t m1 = PTHREAD_MUTEX_INITIALIZER, m2 = PTHREAD_MUTEX_INITIALIZER;
void *A(void *a){ int *p = a; pthread_mutex_lock(&m1); p[0] += 1; pthread_mutex_unlock(&m1); return 0; }
void *B(void *a){ int *p = a; pthread_mutex_lock(&m2); p[0] += 2; pthread_mutex_unlock(&m2); return 0; }
int main(void){ pthread_t t1,t2; pthread_create(&t1,0,A,g); pthread_create(&t2,0,B,g);
  pthread_join(t1,0); pthread_join(t2,0); return 0; }
