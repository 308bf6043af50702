/* TRUTH: free — A writes p[0], then sets done under m and signals; B waits for done under m, then writes p[0] */
#include <pthread.h>
int g[4];
int done;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t c = PTHREAD_COND_INITIALIZER;
void *A(void *a){ int *p = a; p[0] = 1; pthread_mutex_lock(&m); done = 1; pthread_cond_signal(&c); pthread_mutex_unlock(&m); return 0; }
void *B(void *a){ int *p = a; pthread_mutex_lock(&m); while (!done) pthread_cond_wait(&c,&m); pthread_mutex_unlock(&m); p[0] = 2; return 0; }
int main(void){ pthread_t t1,t2; pthread_create(&t1,0,A,g); pthread_create(&t2,0,B,g);
  pthread_join(t1,0); pthread_join(t2,0); return g[0] != 2; }
