/* TRUTH: free — A writes p[0] and only then creates B (handed the same pointer) which writes p[0]; A joins B */
#include <pthread.h>
int g[4];
void *B(void *a){ int *p = a; p[0] = 2; return 0; }
void *A(void *a){ int *p = a; p[0] = 1; pthread_t t; pthread_create(&t,0,B,p); pthread_join(t,0); return 0; }
int main(void){ pthread_t t1; pthread_create(&t1,0,A,g); pthread_join(t1,0); return 0; }
