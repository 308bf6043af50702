/* TRUTH: racy — memset(&p[0], 0, sizeof g) clears g[0] and g[1]; B writes g[1]; checker: element 0 only */
#include <pthread.h>
#include <string.h>
int g[2];
void *A(void *a){ int *p = a; memset(&p[0], 0, sizeof g); return 0; }
void *B(void *a){ int *p = a; p[1] = 1; return 0; }
int main(void){ pthread_t t1,t2; pthread_create(&t1,0,A,g); pthread_create(&t2,0,B,g);
  pthread_join(t1,0); pthread_join(t2,0); return 0; }
