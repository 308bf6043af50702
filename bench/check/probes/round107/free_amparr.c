/* TRUTH: free — A handed &g (pointer to whole array, same address) writes p[1]; B handed g writes p[2] */
#include <pthread.h>
int g[4];
void *A(void *a){ int *p = a; p[1] = 1; return 0; }
void *B(void *a){ int *p = a; p[2] = 2; return 0; }
int main(void){ pthread_t t1,t2; pthread_create(&t1,0,A,&g); pthread_create(&t2,0,B,g);
  pthread_join(t1,0); pthread_join(t2,0); return 0; }
