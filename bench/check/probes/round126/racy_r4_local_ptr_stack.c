/* TRUTH: racy — p points at stack array a; workers start into a[0].t and a[1].t, only a[0] is finished, a[1]'s w races with x=2 */
/* RUN: - */
#include <pthread.h>
#include <stdlib.h>
struct worker { pthread_t t; int id; };
int x;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *w(void *p) { pthread_mutex_lock(&m); x = 1; pthread_mutex_unlock(&m); return 0; }
void start(struct worker *wk) { if (pthread_create(&wk->t, 0, w, 0)) exit(1); }
void finish(struct worker *wk) { pthread_join(wk->t, 0); }
int main(void) {
  struct worker a[2];
  struct worker *p = a;
  start(p);
  start(p + 1);
  finish(p);
  x = 2;
  finish(p + 1);
  return 0;
}
