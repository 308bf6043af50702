/* TRUTH: free — acquire() waits (assume) for lk==0 and sets lk=1 inside one atomic section; both threads write data (line 9) only between acquire and release; lk is only touched inside atomic sections. */
#include <pthread.h>
extern void __VERIFIER_atomic_begin(void); extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
int lk; int data;
static void acquire(void) { __VERIFIER_atomic_begin(); __VERIFIER_assume(lk == 0); lk = 1; __VERIFIER_atomic_end(); }
static void release(void) { __VERIFIER_atomic_begin(); lk = 0; __VERIFIER_atomic_end(); }
void *w(void *a) {
  acquire(); data = data + 1; release(); return 0; }
int main(void) { pthread_t p, q; pthread_create(&p, 0, w, 0); pthread_create(&q, 0, w, 0); pthread_join(p, 0); pthread_join(q, 0); return data; }
