/* TRUTH: free — on a malloc'ed buffer A stores ((long*)p)[0] (bytes 0..7), B stores ((int*)p)[2] (bytes 8..11) */
#include <pthread.h>
#include <stdlib.h>
_Static_assert(sizeof(long) == 8 && sizeof(int) == 4, "sizes");
void *A(void *a){ long *p = a; p[0] = 1; return 0; }
void *B(void *a){ int *p = a; p[2] = 2; return 0; }
int main(void){ void *buf = malloc(16); pthread_t t1,t2;
  pthread_create(&t1,0,A,buf); pthread_create(&t2,0,B,buf);
  pthread_join(t1,0); pthread_join(t2,0); free(buf); return 0; }
