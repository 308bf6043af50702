/* TRUTH: free — make_ctr() mallocs a fresh object per call; each thread gets its own and no one shares it */
#include <pthread.h>
#include <stdlib.h>
struct Ctr { int n; };
static struct Ctr *make_ctr(void){ struct Ctr *c = malloc(sizeof *c); c->n = 0; return c; }
void *w(void *x){ struct Ctr *c = x; for (int i = 0; i < 100; i++) c->n++; return 0; }
int main(void){
  pthread_t t[2]; struct Ctr *c[2];
  for (int i = 0; i < 2; i++) { c[i] = make_ctr(); pthread_create(&t[i],0,w,c[i]); }
  for (int i = 0; i < 2; i++) pthread_join(t[i],0);
  int r = c[0]->n + c[1]->n; free(c[0]); free(c[1]);
  return r;
}
