/* TRUTH: racy — A handed &buf[1] memsets &p[0] for 3 bytes (buf[1..3]); B writes buf[2]; checker: element 1 only vs element 2 */
#include <pthread.h>
#include <string.h>
char buf[4];
void *A(void *a){ char *p = a; memset(&p[0], 0, 3); return 0; }
void *B(void *a){ char *p = a; p[2] = 1; return 0; }
int main(void){ pthread_t t1,t2; pthread_create(&t1,0,A,&buf[1]); pthread_create(&t2,0,B,buf);
  pthread_join(t1,0); pthread_join(t2,0); return 0; }
