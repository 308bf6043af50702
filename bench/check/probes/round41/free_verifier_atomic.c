/* TRUTH: free — every access to g (lines 6,7) is inside __VERIFIER_atomic_begin/end, which exclude each other. */
#include <pthread.h>
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
int g;
void *t1(void *a) { __VERIFIER_atomic_begin(); g = g + 1; __VERIFIER_atomic_end(); return 0; }
void *t2(void *a) { __VERIFIER_atomic_begin(); g = g * 2; __VERIFIER_atomic_end(); return 0; }
int main(void) { pthread_t p, q; pthread_create(&p, 0, t1, 0); pthread_create(&q, 0, t2, 0); pthread_join(p, 0); pthread_join(q, 0); return g; }
