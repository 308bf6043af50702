/* TRUTH: racy — t1 stores x atomically, t2 writes x with a plain store (line 5): a non-atomic write concurrent with another access. */
#include <pthread.h>
int x;
void *t1(void *a) { __atomic_store_n(&x, 1, __ATOMIC_SEQ_CST); return 0; }
void *t2(void *a) { x = 2; return 0; }
int main(void) { pthread_t p, q; pthread_create(&p, 0, t1, 0); pthread_create(&q, 0, t2, 0); pthread_join(p, 0); pthread_join(q, 0); return x; }
