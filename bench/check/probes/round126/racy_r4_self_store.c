/* TRUTH: racy — start() overwrites wk->t with main's own id; join(a.t) fails (EDEADLK) at once, w races with x=2 */
/* RUN: - */
#include <pthread.h>
#include <stdlib.h>
struct worker { pthread_t t; int id; };
int x;
void *w(void *p) { x = 1; return 0; }
void start(struct worker *wk) { if (pthread_create(&wk->t, 0, w, 0)) exit(1); wk->t = pthread_self(); }
int main(void) {
  struct worker a;
  start(&a);
  pthread_join(a.t, 0);
  x = 2;
  return 0;
}
