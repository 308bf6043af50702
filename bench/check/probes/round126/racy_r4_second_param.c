/* TRUTH: racy — spawn fills its SECOND parameter's field: a.t is idle's thread, b.t is w's; join(a.t) leaves w running at x=2 */
/* RUN: - */
#include <pthread.h>
#include <stdlib.h>
struct worker { pthread_t t; int id; };
int x;
void *w(void *p) { x = 1; return 0; }
void *idle(void *p) { return 0; }
void spawn(struct worker *u, struct worker *v, void *(*fn)(void *)) { if (pthread_create(&v->t, 0, fn, u)) exit(1); }
int main(void) {
  struct worker a, b;
  spawn(&b, &a, idle);
  spawn(&a, &b, w);
  pthread_join(a.t, 0);
  x = 2;
  pthread_join(b.t, 0);
  return 0;
}
