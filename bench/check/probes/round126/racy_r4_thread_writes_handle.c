/* TRUTH: racy — w writes wk->t (its own id) while main reads a.t in finish(): a race on a.t */
/* RUN: - */
#include <pthread.h>
#include <stdlib.h>
struct worker { pthread_t t; int id; };
int x;
void *w(void *p) { struct worker *wk = p; wk->t = pthread_self(); return 0; }
void start(struct worker *wk) { if (pthread_create(&wk->t, 0, w, wk)) exit(1); }
void finish(struct worker *wk) { pthread_join(wk->t, 0); }
int main(void) {
  struct worker a;
  start(&a);
  finish(&a);
  x = 2;
  return 0;
}
