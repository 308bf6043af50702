/* TRUTH: free — the worker started into o.in.t is joined before x=2 */
/* RUN: - | FAIL_CREATE=1 */
#include <pthread.h>
#include <stdlib.h>
struct worker { pthread_t t; int id; };
struct outer { int pad; struct worker in; };
int x;
void *w(void *p) { x = 1; return 0; }
void start(struct worker *wk) { if (pthread_create(&wk->t, 0, w, 0)) exit(1); }
int main(void) {
  struct outer o;
  start(&o.in);
  pthread_join(o.in.t, 0);
  x = 2;
  return 0;
}
