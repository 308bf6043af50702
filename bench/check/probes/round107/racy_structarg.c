/* TRUTH: racy — A handed struct {int *p;} with p = g + 1, writes a->p[0] (= g[1]); B handed g writes p[1] (= g[1]) */
#include <pthread.h>
int g[4];
struct Arg { int *p; };
void *A(void *a){ int *p = ((struct Arg *)a)->p; p[0] = 1; return 0; }
void *B(void *a){ int *p = a; p[1] = 2; return 0; }
int main(void){ pthread_t t1,t2; struct Arg x = { g + 1 };
  pthread_create(&t1,0,A,&x); pthread_create(&t2,0,B,g);
  pthread_join(t1,0); pthread_join(t2,0); return 0; }
