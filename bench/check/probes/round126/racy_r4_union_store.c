/* TRUTH: racy — u.v.t = other overwrites the handle of the w started into u.w.t; join ends idle only, w races with x=2 */
/* RUN: - */
#include <pthread.h>
#include <stdlib.h>
struct worker { pthread_t t; int id; };
union both { struct worker w; struct worker v; };
int x;
void *w(void *p) { x = 1; return 0; }
void *idle(void *p) { return 0; }
void start(struct worker *wk) { if (pthread_create(&wk->t, 0, w, 0)) exit(1); }
int main(void) {
  union both u;
  pthread_t other;
  if (pthread_create(&other, 0, idle, 0)) return 1;
  start(&u.w);
  u.v.t = other;
  pthread_join(u.w.t, 0);
  x = 2;
  return 0;
}
