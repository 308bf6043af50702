/* TRUTH: racy — helper start(arr) creates f(arr); called with g and &g[0]; f writes p[0] = g[0] twice */
#include <pthread.h>
int g[4];
void *f(void *a){ int *p = a; p[0] = 1; return 0; }
static void start(pthread_t *t, int *arr){ pthread_create(t,0,f,arr); }
int main(void){ pthread_t t1,t2; start(&t1,g); start(&t2,&g[0]);
  pthread_join(t1,0); pthread_join(t2,0); return 0; }
