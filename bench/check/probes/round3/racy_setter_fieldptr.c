/* TRUTH: racy. set() stores &a into cfg->p; thread writes *cfg.p (a); main writes a. */
#include <pthread.h>
int a, b;
struct cfg { int *p; int n; } cfg;
static void set(struct cfg *c, int *p) { c->p = p; c->n = 1; }
static void *worker(void *x) { (void)x; *cfg.p = 9; return NULL; }
int main(void) {
  pthread_t t;
  set(&cfg, &a);
  pthread_create(&t, NULL, worker, NULL);
  a = 1;
  pthread_join(t, NULL);
  return a + b;
}
