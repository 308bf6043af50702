/* TRUTH: racy — start_o creates into o->in->t: first a.t, then b.t; only a.t joined, b's w races with x=2 */
/* RUN: - */
#include <pthread.h>
#include <stdlib.h>
struct worker { pthread_t t; int id; };
struct outer { struct worker *in; };
int x;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *w(void *p) { pthread_mutex_lock(&m); x = 1; pthread_mutex_unlock(&m); return 0; }
void start_o(struct outer *o) { if (pthread_create(&o->in->t, 0, w, 0)) exit(1); }
int main(void) {
  struct worker a, b;
  struct outer o;
  o.in = &a;
  start_o(&o);
  o.in = &b;
  start_o(&o);
  pthread_join(a.t, 0);
  x = 2;
  return 0;
}
