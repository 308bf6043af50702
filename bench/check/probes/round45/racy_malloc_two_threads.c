/* TRUTH: racy — one malloc'd counter object handed to two threads, both increment it */
#include <pthread.h>
#include <stdlib.h>
struct Ctr { int n; };
void *w(void *x){ struct Ctr *c = x; for (int i = 0; i < 100; i++) c->n++; return 0; }
int main(void){
  struct Ctr *c = malloc(sizeof *c); c->n = 0;
  pthread_t a, b;
  pthread_create(&a,0,w,c); pthread_create(&b,0,w,c);
  pthread_join(a,0); pthread_join(b,0);
  int r = c->n; free(c); return r;
}
