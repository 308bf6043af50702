/* TRUTH: free — u.w and u.v overlay the same struct worker, so join(u.v.t) ends the w started into u.w.t before x=2 */
/* RUN: - | FAIL_CREATE=1 */
#include <pthread.h>
#include <stdlib.h>
struct worker { pthread_t t; int id; };
union both { struct worker w; struct worker v; };
int x;
void *w(void *p) { x = 1; return 0; }
void start(struct worker *wk) { if (pthread_create(&wk->t, 0, w, 0)) exit(1); }
int main(void) {
  union both u;
  start(&u.w);
  pthread_join(u.v.t, 0);
  x = 2;
  return 0;
}
