/* TRUTH: racy — start() creates w then idle into the same field; join(a.t) ends idle only, w races with x=2 */
/* RUN: - */
#include <pthread.h>
#include <stdlib.h>
struct worker { pthread_t t; int id; };
int x;
void *w(void *p) { x = 1; return 0; }
void *idle(void *p) { return 0; }
void start(struct worker *wk) {
  if (pthread_create(&wk->t, 0, w, 0)) exit(1);
  if (pthread_create(&wk->t, 0, idle, 0)) exit(1);
}
int main(void) {
  struct worker a;
  start(&a);
  pthread_join(a.t, 0);
  x = 2;
  return 0;
}
