/* TRUTH: racy — wk is given a second spawn() result; the first thread's object is lost, never joined, races with x=2 */
/* RUN: - */
#include <pthread.h>
#include <stdlib.h>
struct worker { pthread_t t; int id; };
int x;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *w(void *p) { pthread_mutex_lock(&m); x = 1; pthread_mutex_unlock(&m); return 0; }
struct worker *spawn(void) {
  struct worker *wk = malloc(sizeof *wk);
  if (!wk) exit(1);
  if (pthread_create(&wk->t, 0, w, 0)) exit(1);
  return wk;
}
void reap(struct worker *wk) { pthread_join(wk->t, 0); }
int main(void) {
  struct worker *wk = spawn();
  wk = spawn();
  reap(wk);
  x = 2;
  return 0;
}
