/* TRUTH: racy — A writes p[0] while walking p over g[0..2]; B writes p[2] = g[2] */
#include <pthread.h>
int g[4];
void *A(void *a){ int *p = a; for (int i = 0; i < 3; i++) { p[0] = i; p++; } return 0; }
void *B(void *a){ int *p = a; p[2] = 9; return 0; }
int main(void){ pthread_t t1,t2; pthread_create(&t1,0,A,g); pthread_create(&t2,0,B,g);
  pthread_join(t1,0); pthread_join(t2,0); return 0; }
