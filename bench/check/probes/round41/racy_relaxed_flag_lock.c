/* TRUTH: racy — the atomic_flag "lock" uses memory_order_relaxed for test_and_set and clear, which creates no happens-before, so the two instances' `x++` (line 6) race. */
#include <pthread.h>
#include <stdatomic.h>
atomic_flag f = ATOMIC_FLAG_INIT; int x;
void *w(void *a) { while (atomic_flag_test_and_set_explicit(&f, memory_order_relaxed)) ;
  x++;
  atomic_flag_clear_explicit(&f, memory_order_relaxed); return 0; }
int main(void) { pthread_t p, q; pthread_create(&p, 0, w, 0); pthread_create(&q, 0, w, 0); pthread_join(p, 0); pthread_join(q, 0); return x; }
