/* TRUTH: racy — strlen(&p[0]) on "abc" reads buf[0..3]; B writes buf[2]; checker: element 0 only */
#include <pthread.h>
#include <string.h>
char buf[4] = "abc";
size_t n;
void *A(void *a){ char *p = a; n = strlen(&p[0]); return 0; }
void *B(void *a){ char *p = a; p[2] = 'x'; return 0; }
int main(void){ pthread_t t1,t2; pthread_create(&t1,0,A,buf); pthread_create(&t2,0,B,buf);
  pthread_join(t1,0); pthread_join(t2,0); return n == 0; }
