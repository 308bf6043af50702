/* TRUTH: racy — t2 writes the atomic object through a plain int pointer (non-atomic write, line 6) while t1 does atomic_fetch_add on it (line 5). */
#include <pthread.h>
#include <stdatomic.h>
atomic_int a;
void *t1(void *x) { atomic_fetch_add(&a, 1); return 0; }
void *t2(void *x) { *(int *)&a = 7; return 0; }
int main(void) { pthread_t p, q; pthread_create(&p, 0, t1, 0); pthread_create(&q, 0, t2, 0); pthread_join(p, 0); pthread_join(q, 0); return a; }
