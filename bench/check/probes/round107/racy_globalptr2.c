/* TRUTH: racy — both threads handed the global pointer gp (= g + 1 at create time); A writes p[0], B writes p[0]: both g[1] */
#include <pthread.h>
int g[4];
int *gp;
void *A(void *a){ int *p = a; p[0] = 1; return 0; }
void *B(void *a){ int *p = a; p[0] = 2; return 0; }
int main(void){ pthread_t t1,t2; gp = g; gp = gp + 1;
  pthread_create(&t1,0,A,gp); pthread_create(&t2,0,B,&g[1]);
  pthread_join(t1,0); pthread_join(t2,0); return 0; }
