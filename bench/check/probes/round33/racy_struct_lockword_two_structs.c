/* TRUTH: racy. t1 locks a.lk, t2 locks b.lk (two different lock words) around the same shared counter: total++ vs total++. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_assume(int);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
struct lock { int lk; } a, b;
int total;
void __VERIFIER_atomic_lock_a(void) { __VERIFIER_assume(a.lk == 0); a.lk = 1; }
void __VERIFIER_atomic_unlock_a(void) { a.lk = 0; }
void __VERIFIER_atomic_lock_b(void) { __VERIFIER_assume(b.lk == 0); b.lk = 1; }
void __VERIFIER_atomic_unlock_b(void) { b.lk = 0; }
static void *t1(void *arg) {
    (void)arg;
    __VERIFIER_atomic_lock_a();
    total++;
    __VERIFIER_atomic_unlock_a();
    return NULL;
}
static void *t2(void *arg) {
    (void)arg;
    __VERIFIER_atomic_lock_b();
    total++;
    __VERIFIER_atomic_unlock_b();
    return NULL;
}
int main(void) {
    pthread_t x, y;
    pthread_create(&x, NULL, t1, NULL);
    pthread_create(&y, NULL, t2, NULL);
    pthread_join(x, NULL);
    pthread_join(y, NULL);
    return 0;
}
