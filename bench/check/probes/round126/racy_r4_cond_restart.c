/* TRUTH: racy — with nondet 1 restart() puts idle into a.t over w's handle; finish(&a) ends idle only, x=2 races with w */
/* RUN: NONDET_SEQ=1 | NONDET_SEQ=0 */
#include <pthread.h>
#include <stdlib.h>
extern int __VERIFIER_nondet_int(void);
struct worker { pthread_t t; int id; };
int x;
void *w(void *p) { x = 1; return 0; }
void *idle(void *p) { return 0; }
void start(struct worker *wk) { if (pthread_create(&wk->t, 0, w, 0)) exit(1); }
void restart(struct worker *wk, int go) { if (go) { if (pthread_create(&wk->t, 0, idle, 0)) exit(1); } }
void finish(struct worker *wk) { pthread_join(wk->t, 0); }
int main(void) {
  struct worker a;
  start(&a);
  restart(&a, __VERIFIER_nondet_int());
  finish(&a);
  x = 2;
  return 0;
}
