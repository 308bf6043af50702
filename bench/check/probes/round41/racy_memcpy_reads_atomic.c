/* TRUTH: racy — t2 reads the _Atomic object `a` with memcpy (a non-atomic read, line 7) while t1 atomically stores it (line 6): one access is not atomic and one is a write. */
#include <pthread.h>
#include <stdatomic.h>
#include <string.h>
_Atomic int a; int v;
void *t1(void *x) { atomic_store(&a, 1); return 0; }
void *t2(void *x) { memcpy(&v, (void *)&a, sizeof v); return 0; }
int main(void) { pthread_t p, q; pthread_create(&p, 0, t1, 0); pthread_create(&q, 0, t2, 0); pthread_join(p, 0); pthread_join(q, 0); return v; }
