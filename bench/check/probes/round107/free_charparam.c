/* TRUTH: free — A's parameter is char*: p[4] is the first byte of g[1] (int is 4 bytes here); B writes p[0] = g[0] */
#include <pthread.h>
_Static_assert(sizeof(int) == 4, "int size");
int g[4];
void *A(void *a){ char *p = a; p[4] = 1; return 0; }
void *B(void *a){ int *p = a; p[0] = 2; return 0; }
int main(void){ pthread_t t1,t2; pthread_create(&t1,0,A,g); pthread_create(&t2,0,B,g);
  pthread_join(t1,0); pthread_join(t2,0); return 0; }
