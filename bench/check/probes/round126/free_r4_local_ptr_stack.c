/* TRUTH: free — p points at stack array a; both workers (a[0].t, a[1].t) are finished before x=2 */
/* RUN: - | FAIL_CREATE=0,1 */
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
  finish(p + 1);
  x = 2;
  return 0;
}
