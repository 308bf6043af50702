/* TRUTH: free — __sync_lock_test_and_set (acquire) / __sync_lock_release (release) spin lock around `x += 2` (line 5) in both instances. */
#include <pthread.h>
int lk; int x;
void *w(void *a) { while (__sync_lock_test_and_set(&lk, 1)) ;
  x += 2;
  __sync_lock_release(&lk); return 0; }
int main(void) { pthread_t p, q; pthread_create(&p, 0, w, 0); pthread_create(&q, 0, w, 0); pthread_join(p, 0); pthread_join(q, 0); return x; }
