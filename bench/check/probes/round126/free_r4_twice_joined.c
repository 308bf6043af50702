/* TRUTH: free — each start(&a) is followed by a join of a.t before the next; x=2 after both joins */
/* RUN: - | FAIL_CREATE=1 */
#include <pthread.h>
#include <stdlib.h>
struct worker { pthread_t t; int id; };
int x;
void *w(void *p) { x = 1; return 0; }
void start(struct worker *wk) { if (pthread_create(&wk->t, 0, w, 0)) exit(1); }
int main(void) {
  struct worker a;
  start(&a);
  pthread_join(a.t, 0);
  start(&a);
  pthread_join(a.t, 0);
  x = 2;
  return 0;
}
