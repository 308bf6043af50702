/* TRUTH: racy — t1 updates `a` with atomic_fetch_add but writes `b` plainly (line 5); t2 reads `b` plainly (line 6) with no ordering (its relaxed load of `a` gives no HB). */
#include <pthread.h>
#include <stdatomic.h>
atomic_int a; int b; int r;
void *t1(void *x) { atomic_fetch_add(&a, 1); b = 1; return 0; }
void *t2(void *x) { if (atomic_load_explicit(&a, memory_order_relaxed) >= 0) r = b; return 0; }
int main(void) { pthread_t p, q; pthread_create(&p, 0, t1, 0); pthread_create(&q, 0, t2, 0); pthread_join(p, 0); pthread_join(q, 0); return r; }
