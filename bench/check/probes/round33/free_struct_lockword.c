/* TRUTH: race-free. The lock word is a struct field s.lk, taken by assume(s.lk == 0); s.lk = 1 in an atomic function and cleared in another; s.val is only touched under it. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_assume(int);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
struct guarded { int lk; int val; } s;
void __VERIFIER_atomic_lock(void) {
    __VERIFIER_assume(s.lk == 0);
    s.lk = 1;
}
void __VERIFIER_atomic_unlock(void) { s.lk = 0; }
static void *worker(void *arg) {
    (void)arg;
    __VERIFIER_atomic_lock();
    s.val += 2;
    __VERIFIER_atomic_unlock();
    return NULL;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
