/* TRUTH: racy — the thread given 0 locks m1 and the one given 1 locks m2 (ternary, line 6); both write cnt (line 7) with different locks. */
#include <pthread.h>
pthread_mutex_t m1 = PTHREAD_MUTEX_INITIALIZER, m2 = PTHREAD_MUTEX_INITIALIZER; int cnt;
void *w(void *a) {
  pthread_mutex_t *l;
  l = a ? &m2 : &m1; pthread_mutex_lock(l);
  cnt++;
  pthread_mutex_unlock(l); return 0; }
int main(void) { pthread_t p, q; pthread_create(&p, 0, w, (void *)0); pthread_create(&q, 0, w, (void *)1); pthread_join(p, 0); pthread_join(q, 0); return cnt; }
