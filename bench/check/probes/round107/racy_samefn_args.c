/* TRUTH: racy — same f writes p[0] and p[1]; started with &g[0] and &g[1]: both reach g[1] */
#include <pthread.h>
int g[4];
void *f(void *a){ int *p = a; p[0] = 1; p[1] = 1; return 0; }
int main(void){ pthread_t t1,t2; pthread_create(&t1,0,f,&g[0]); pthread_create(&t2,0,f,&g[1]);
  pthread_join(t1,0); pthread_join(t2,0); return 0; }
