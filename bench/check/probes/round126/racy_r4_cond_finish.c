/* TRUTH: racy — finish() joins only when wk->id is set; a.id is 0, so nothing is joined and x=2 races with w */
/* RUN: - */
#include <pthread.h>
#include <stdlib.h>
struct worker { pthread_t t; int id; };
int x;
void *w(void *p) { x = 1; return 0; }
void start(struct worker *wk) { if (pthread_create(&wk->t, 0, w, 0)) exit(1); }
void finish(struct worker *wk) { if (wk->id) pthread_join(wk->t, 0); }
int main(void) {
  struct worker a;
  a.id = 0;
  start(&a);
  finish(&a);
  x = 2;
  return 0;
}
