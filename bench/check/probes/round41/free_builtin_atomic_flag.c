/* TRUTH: free — both threads touch x only via __atomic builtins (lines 5,6); accesses that are all atomic do not race; main reads after joins. */
#include <pthread.h>
int x;
void *t1(void *a) { __atomic_store_n(&x, 1, __ATOMIC_SEQ_CST); return 0; }
void *t2(void *a) { __atomic_fetch_add(&x, 2, __ATOMIC_RELAXED); return 0; }
int main(void) { pthread_t p, q; pthread_create(&p, 0, t1, 0); pthread_create(&q, 0, t2, 0); pthread_join(p, 0); pthread_join(q, 0); return x; }
