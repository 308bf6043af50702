/* TRUTH: racy — start() returns 0 after starting w into a.t; != 0 skips finish, x=2 races with w */
/* RUN: - */
#include <pthread.h>
struct worker { pthread_t t; int id; };
int x;
void *w(void *p) { x = 1; return 0; }
int start(struct worker *wk) { if (pthread_create(&wk->t, 0, w, 0)) return -1; return 0; }
void finish(struct worker *wk) { pthread_join(wk->t, 0); }
int main(void) {
  struct worker a;
  if (start(&a) != 0) finish(&a);
  x = 2;
  return 0;
}
