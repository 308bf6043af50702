/* TRUTH: racy — thread writes p[1] (= g[1]) while main, before joining, writes g[1] */
#include <pthread.h>
int g[4];
void *f(void *a){ int *p = a; p[1] = 1; return 0; }
int main(void){ pthread_t t; pthread_create(&t,0,f,g); g[1] = 5;
  pthread_join(t,0); return 0; }
