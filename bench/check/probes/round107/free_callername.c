/* TRUTH: free — thread writes p[1] (= g[1]); main writes g[1] only after joining, and g[2] before */
#include <pthread.h>
int g[4];
void *f(void *a){ int *p = a; p[1] = 1; return 0; }
int main(void){ pthread_t t; pthread_create(&t,0,f,g); g[2] = 7;
  pthread_join(t,0); g[1] = 5; return g[1] + g[2] == 0; }
