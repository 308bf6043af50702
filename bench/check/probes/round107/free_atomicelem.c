/* TRUTH: free — A and B both atomically add to element 0 of an _Atomic int array */
#include <pthread.h>
#include <stdatomic.h>
_Atomic int g[4];
void *A(void *a){ _Atomic int *p = a; atomic_fetch_add(&p[0], 1); return 0; }
void *B(void *a){ _Atomic int *p = a; p[0] += 2; return 0; }
int main(void){ pthread_t t1,t2; pthread_create(&t1,0,A,g); pthread_create(&t2,0,B,g);
  pthread_join(t1,0); pthread_join(t2,0); return g[0] != 3; }
