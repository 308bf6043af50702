/* TRUTH: racy — heap buffer: A stores int at ((int*)p)[1] (bytes 4..7); B stores char p[5] (byte 5) */
#include <pthread.h>
#include <stdlib.h>
_Static_assert(sizeof(int) == 4, "sizes");
void *A(void *a){ int *p = a; p[1] = 1; return 0; }
void *B(void *a){ char *p = a; p[5] = 2; return 0; }
int main(void){ char *buf = malloc(16); pthread_t t1,t2;
  pthread_create(&t1,0,A,buf); pthread_create(&t2,0,B,buf);
  pthread_join(t1,0); pthread_join(t2,0); free(buf); return 0; }
