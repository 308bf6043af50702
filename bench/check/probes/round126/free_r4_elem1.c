/* TRUTH: free — start_wr(&a[0]) creates w into a[1].t, which main joins before x=2 */
/* RUN: - | FAIL_CREATE=1 */
#include <pthread.h>
#include <stdlib.h>
struct worker { pthread_t t; int id; };
int x;
void *w(void *p) { x = 1; return 0; }
void *idle(void *p) { return 0; }
void start_idle(struct worker *wk) { if (pthread_create(&wk->t, 0, idle, 0)) exit(1); }
void start_wr(struct worker *wk) { if (pthread_create(&wk[1].t, 0, w, 0)) exit(1); }
int main(void) {
  struct worker a[2];
  start_idle(&a[0]);
  start_wr(&a[0]);
  pthread_join(a[1].t, 0);
  x = 2;
  pthread_join(a[0].t, 0);
  return 0;
}
