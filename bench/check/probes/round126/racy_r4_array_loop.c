/* TRUTH: racy — two workers started into ws[0].t and ws[1].t, only ws[0] joined; ws[1]'s w races with x=2 */
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
  struct worker ws[2];
  int i;
  for (i = 0; i < 2; i++) start(&ws[i]);
  for (i = 0; i < 1; i++) finish(&ws[i]);
  x = 2;
  return 0;
}
