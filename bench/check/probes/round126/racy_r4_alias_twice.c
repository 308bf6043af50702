/* TRUTH: racy — pa aliases a, so two workers are started into a.t; finish(&a) joins the second only, the first races with x=2 */
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
  struct worker a;
  struct worker *pa = &a;
  start(pa);
  start(&a);
  finish(&a);
  x = 2;
  return 0;
}
