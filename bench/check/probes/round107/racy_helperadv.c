/* TRUTH: racy — helper adv() advances A's p by 2, so p[0] is g[2]; B writes p[2] = g[2] */
#include <pthread.h>
int g[4];
static void adv(int **q){ *q = *q + 2; }
void *A(void *a){ int *p = a; adv(&p); p[0] = 1; return 0; }
void *B(void *a){ int *p = a; p[2] = 2; return 0; }
int main(void){ pthread_t t1,t2; pthread_create(&t1,0,A,g); pthread_create(&t2,0,B,g);
  pthread_join(t1,0); pthread_join(t2,0); return 0; }
