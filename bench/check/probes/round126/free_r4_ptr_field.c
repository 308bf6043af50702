/* TRUTH: free — start_o creates into o->in->t, i.e. a.t, joined before x=2 */
/* RUN: - | FAIL_CREATE=1 */
#include <pthread.h>
#include <stdlib.h>
struct worker { pthread_t t; int id; };
struct outer { struct worker *in; };
int x;
void *w(void *p) { x = 1; return 0; }
void start_o(struct outer *o) { if (pthread_create(&o->in->t, 0, w, 0)) exit(1); }
int main(void) {
  struct worker a;
  struct outer o;
  o.in = &a;
  start_o(&o);
  pthread_join(a.t, 0);
  x = 2;
  return 0;
}
