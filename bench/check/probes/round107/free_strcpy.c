/* TRUTH: free — A strcpy(&p[4], "hi") writes buf[4..6]; B writes p[1] (earlier element) */
#include <pthread.h>
#include <string.h>
char buf[8];
void *A(void *a){ char *p = a; strcpy(&p[4], "hi"); return 0; }
void *B(void *a){ char *p = a; p[1] = 'x'; return 0; }
int main(void){ pthread_t t1,t2; pthread_create(&t1,0,A,buf); pthread_create(&t2,0,B,buf);
  pthread_join(t1,0); pthread_join(t2,0); return 0; }
