/* TRUTH: free — b = a after start(&a) copies a's handle; join(b.t) ends a's w before x=2 */
/* RUN: - | FAIL_CREATE=1 */
#include <pthread.h>
#include <stdlib.h>
struct worker { pthread_t t; int id; };
int x;
void *w(void *p) { x = 1; return 0; }
void start(struct worker *wk) { if (pthread_create(&wk->t, 0, w, 0)) exit(1); }
int main(void) {
  struct worker a, b;
  start(&a);
  b = a;
  pthread_join(b.t, 0);
  x = 2;
  return 0;
}
