/* TRUTH: free — both branches of the ternary (line 6) name m1, so both instances write cnt (line 7) holding m1. */
#include <pthread.h>
pthread_mutex_t m1 = PTHREAD_MUTEX_INITIALIZER, m2 = PTHREAD_MUTEX_INITIALIZER; int cnt;
void *w(void *a) {
  pthread_mutex_t *l;
  l = a ? &m1 : &m1; pthread_mutex_lock(l);
  cnt++;
  pthread_mutex_unlock(l); return 0; }
int main(void) { pthread_t p, q; pthread_create(&p, 0, w, (void *)0); pthread_create(&q, 0, w, (void *)1); pthread_join(p, 0); pthread_join(q, 0); return cnt; }
