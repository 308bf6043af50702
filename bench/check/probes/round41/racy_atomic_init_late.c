/* TRUTH: racy — atomic_init is a non-atomic initialization; t2 runs it (line 6) concurrently with t1's atomic_load (line 5). */
#include <pthread.h>
#include <stdatomic.h>
atomic_int a; int r;
void *t1(void *x) { r = atomic_load(&a); return 0; }
void *t2(void *x) { atomic_init(&a, 4); return 0; }
int main(void) { pthread_t p, q; pthread_create(&p, 0, t1, 0); pthread_create(&q, 0, t2, 0); pthread_join(p, 0); pthread_join(q, 0); return r; }
