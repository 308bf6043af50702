/* TRUTH: racy — A creates B (handed p) and then writes p[0] while B writes p[0] */
#include <pthread.h>
int g[4];
void *B(void *a){ int *p = a; p[0] = 2; return 0; }
void *A(void *a){ int *p = a; pthread_t t; pthread_create(&t,0,B,p); p[0] = 1; pthread_join(t,0); return 0; }
int main(void){ pthread_t t1; pthread_create(&t1,0,A,g); pthread_join(t1,0); return 0; }
