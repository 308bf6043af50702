/* TRUTH: racy — A handed &g[1] viewed as char*: p[3] is the last byte of g[1]; B handed g writes int p[1] (= g[1]) */
#include <pthread.h>
_Static_assert(sizeof(int) == 4, "int");
int g[4];
void *A(void *a){ char *p = a; p[3] = 1; return 0; }
void *B(void *a){ int *p = a; p[1] = 2; return 0; }
int main(void){ pthread_t t1,t2; pthread_create(&t1,0,A,&g[1]); pthread_create(&t2,0,B,g);
  pthread_join(t1,0); pthread_join(t2,0); return 0; }
