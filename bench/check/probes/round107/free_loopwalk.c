/* TRUTH: free — A walks p over g[1..3] writing p[0]; B writes p[0] = g[0] */
#include <pthread.h>
int g[4];
void *A(void *a){ int *p = a; for (int i = 0; i < 3; i++) { p++; p[0] = i; } return 0; }
void *B(void *a){ int *p = a; p[0] = 9; return 0; }
int main(void){ pthread_t t1,t2; pthread_create(&t1,0,A,g); pthread_create(&t2,0,B,g);
  pthread_join(t1,0); pthread_join(t2,0); return 0; }
