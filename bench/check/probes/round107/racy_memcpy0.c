/* TRUTH: racy — A memcpy(&p[0], src, 8) writes all of buf[0..7]; B writes p[3] */
#include <pthread.h>
#include <string.h>
char buf[8];
const char src[8] = "abcdefg";
void *A(void *a){ char *p = a; memcpy(&p[0], src, 8); return 0; }
void *B(void *a){ char *p = a; p[3] = 1; return 0; }
int main(void){ pthread_t t1,t2; pthread_create(&t1,0,A,buf); pthread_create(&t2,0,B,buf);
  pthread_join(t1,0); pthread_join(t2,0); return 0; }
