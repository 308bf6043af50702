/* TRUTH: racy — buf = "abcdefg" so A's strlen(&p[1]) reads buf[1..7]; B writes p[4] */
#include <pthread.h>
#include <string.h>
char buf[8] = "abcdefg";
size_t n;
void *A(void *a){ char *p = a; n = strlen(&p[1]); return 0; }
void *B(void *a){ char *p = a; p[4] = 'x'; return 0; }
int main(void){ pthread_t t1,t2; pthread_create(&t1,0,A,buf); pthread_create(&t2,0,B,buf);
  pthread_join(t1,0); pthread_join(t2,0); return (int)n != 6; }
