/* TRUTH: racy — A memset(&p[0], 'z', 8) touches buf[0..7]; B writes p[6] */
#include <pthread.h>
#include <string.h>
char buf[8];
void *A(void *a){ char *p = a; memset(&p[0], 'z', 8); return 0; }
void *B(void *a){ char *p = a; p[6] = 'x'; return 0; }
int main(void){ pthread_t t1,t2; pthread_create(&t1,0,A,buf); pthread_create(&t2,0,B,buf);
  pthread_join(t1,0); pthread_join(t2,0); return 0; }
