/* TRUTH: racy — strcpy(&p[0], "hi") writes buf[0..2]; B writes buf[1]; checker treats &p[0] in a library call as element 0 only */
#include <pthread.h>
#include <string.h>
char buf[4];
void *A(void *a){ char *p = a; strcpy(&p[0], "hi"); return 0; }
void *B(void *a){ char *p = a; p[1] = 'x'; return 0; }
int main(void){ pthread_t t1,t2; pthread_create(&t1,0,A,buf); pthread_create(&t2,0,B,buf);
  pthread_join(t1,0); pthread_join(t2,0); return 0; }
