/* TRUTH: racy — w2 calls release() before writing data (line 10), so its write can overlap w1's write inside acquire/release (line 9). */
#include <pthread.h>
extern void __VERIFIER_atomic_begin(void); extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
int lk; int data;
static void acquire(void) { __VERIFIER_atomic_begin(); __VERIFIER_assume(lk == 0); lk = 1; __VERIFIER_atomic_end(); }
static void release(void) { __VERIFIER_atomic_begin(); lk = 0; __VERIFIER_atomic_end(); }
void *w1(void *a) {
  acquire(); data = data + 1; release(); return 0; }
void *w2(void *a) { acquire(); release(); data = data + 2; return 0; }
int main(void) { pthread_t p, q; pthread_create(&p, 0, w1, 0); pthread_create(&q, 0, w2, 0); pthread_join(p, 0); pthread_join(q, 0); return data; }
