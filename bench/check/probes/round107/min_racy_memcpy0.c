/* TRUTH: racy — memcpy(&p[0], src, 4) writes buf[0..3]; B writes buf[2]; checker treats &p[0] as element 0 only */
#include <pthread.h>
#include <string.h>
char buf[4];
const char src[4] = "abc";
void *A(void *a){ char *p = a; memcpy(&p[0], src, 4); return 0; }
void *B(void *a){ char *p = a; p[2] = 1; return 0; }
int main(void){ pthread_t t1,t2; pthread_create(&t1,0,A,buf); pthread_create(&t2,0,B,buf);
  pthread_join(t1,0); pthread_join(t2,0); return 0; }
