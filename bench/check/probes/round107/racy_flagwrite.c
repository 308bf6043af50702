/* TRUTH: racy — B's write to p[0] is guarded by flag, which main sets to 1 before creating the threads */
#include <pthread.h>
int g[4];
int flag;
void *A(void *a){ int *p = a; p[0] = 1; return 0; }
void *B(void *a){ int *p = a; if (flag) p[0] = 2; return 0; }
int main(void){ pthread_t t1,t2; flag = 1; pthread_create(&t1,0,A,g); pthread_create(&t2,0,B,g);
  pthread_join(t1,0); pthread_join(t2,0); return 0; }
