/* TRUTH: racy — the __sync spin lock is released before `x += 2` (line 5), so both instances write x unprotected. */
#include <pthread.h>
int lk; int x;
void *w(void *a) { while (__sync_lock_test_and_set(&lk, 1)) ; __sync_lock_release(&lk);
  x += 2;
  return 0; }
int main(void) { pthread_t p, q; pthread_create(&p, 0, w, 0); pthread_create(&q, 0, w, 0); pthread_join(p, 0); pthread_join(q, 0); return x; }
