/* TRUTH: racy — A memset(&p[0], 0, sizeof g) clears all of int g[4]; B writes p[3] */
#include <pthread.h>
#include <string.h>
int g[4];
void *A(void *a){ int *p = a; memset(&p[0], 0, sizeof g); return 0; }
void *B(void *a){ int *p = a; p[3] = 1; return 0; }
int main(void){ pthread_t t1,t2; pthread_create(&t1,0,A,g); pthread_create(&t2,0,B,g);
  pthread_join(t1,0); pthread_join(t2,0); return 0; }
