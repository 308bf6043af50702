/* TRUTH: free — A locks m directly, B locks it through a pointer mp = &m; both write p[0] inside */
#include <pthread.h>
int g[4];
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_mutex_t *mp = &m;
void *A(void *a){ int *p = a; pthread_mutex_lock(&m); p[0]++; pthread_mutex_unlock(&m); return 0; }
void *B(void *a){ int *p = a; pthread_mutex_lock(mp); p[0]++; pthread_mutex_unlock(mp); return 0; }
int main(void){ pthread_t t1,t2; pthread_create(&t1,0,A,g); pthread_create(&t2,0,B,g);
  pthread_join(t1,0); pthread_join(t2,0); return g[0] != 2; }
