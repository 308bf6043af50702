/* TRUTH: free — A snprintf(&p[2], 4, ...) writes buf[2..5]; B writes p[0] and p[1] (earlier) */
#include <pthread.h>
#include <stdio.h>
char buf[8];
void *A(void *a){ char *p = a; snprintf(&p[2], 4, "%d", 123); return 0; }
void *B(void *a){ char *p = a; p[0] = 'x'; p[1] = 'y'; return 0; }
int main(void){ pthread_t t1,t2; pthread_create(&t1,0,A,buf); pthread_create(&t2,0,B,buf);
  pthread_join(t1,0); pthread_join(t2,0); return 0; }
