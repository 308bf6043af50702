/* TRUTH: racy — workers started into o.in[0].t and o.in[1].t; only in[0] joined, in[1]'s w races with x=2 */
/* RUN: - */
#include <pthread.h>
#include <stdlib.h>
struct worker { pthread_t t; int id; };
struct outer { int pad; struct worker in[2]; };
int x;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *w(void *p) { pthread_mutex_lock(&m); x = 1; pthread_mutex_unlock(&m); return 0; }
void start(struct worker *wk) { if (pthread_create(&wk->t, 0, w, 0)) exit(1); }
int main(void) {
  struct outer o;
  start(&o.in[0]);
  start(&o.in[1]);
  pthread_join(o.in[0].t, 0);
  x = 2;
  return 0;
}
