/* TRUTH: racy — start(&a) twice overwrites a.t; the first w is never joined and races with x=2 */
/* RUN: - */
#include <pthread.h>
#include <stdlib.h>
struct worker { pthread_t t; int id; };
int x;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *w(void *p) { pthread_mutex_lock(&m); x = 1; pthread_mutex_unlock(&m); return 0; }
void start(struct worker *wk) { if (pthread_create(&wk->t, 0, w, 0)) exit(1); }
int main(void) {
  struct worker a;
  start(&a);
  start(&a);
  pthread_join(a.t, 0);
  x = 2;
  return 0;
}
