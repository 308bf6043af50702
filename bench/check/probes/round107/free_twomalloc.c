/* TRUTH: free — two separate malloc'ed buffers from the same helper; each thread writes p[0] of its own */
#include <pthread.h>
#include <stdlib.h>
static int *mk(void){ return calloc(4, sizeof(int)); }
void *f(void *a){ int *p = a; p[0] = 1; return 0; }
int main(void){ pthread_t t1,t2; int *b1 = mk(), *b2 = mk();
  pthread_create(&t1,0,f,b1); pthread_create(&t2,0,f,b2);
  pthread_join(t1,0); pthread_join(t2,0); free(b1); free(b2); return 0; }
