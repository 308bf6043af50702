/* TRUTH: racy — both heap workers run; x=3 is written after finishing p[0] but before finishing p[1], racing with p[1]'s w */
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
  struct worker *p = malloc(2 * sizeof *p);
  if (!p) return 1;
  start(p);
  start(p + 1);
  finish(p);
  x = 3;
  finish(p + 1);
  free(p);
  return 0;
}
