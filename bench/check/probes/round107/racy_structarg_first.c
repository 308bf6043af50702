/* TRUTH: racy — A handed &x where x = {int *p; ...} with p = g; A writes its own view ((int**)a)[0][1] (= g[1]); B writes g[1] via p[1] */
#include <pthread.h>
int g[4];
struct Arg { int *p; int k; };
void *A(void *a){ struct Arg *s = a; s->p[1] = 1; return 0; }
void *B(void *a){ int *p = a; p[1] = 2; return 0; }
int main(void){ pthread_t t1,t2; struct Arg x = { g, 0 };
  pthread_create(&t1,0,A,&x); pthread_create(&t2,0,B,g);
  pthread_join(t1,0); pthread_join(t2,0); return 0; }
