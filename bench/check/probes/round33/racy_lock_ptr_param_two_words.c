/* TRUTH: racy. t1 passes &lk1 and t2 passes &lk2 to the same acquire/release: different lock words, shared races. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_assume(int);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
int lk1, lk2;
int shared;
void __VERIFIER_atomic_acquire(int *l) {
    __VERIFIER_assume(*l == 0);
    *l = 1;
}
void __VERIFIER_atomic_release(int *l) { *l = 0; }
static void *t1(void *arg) {
    (void)arg;
    __VERIFIER_atomic_acquire(&lk1);
    shared++;
    __VERIFIER_atomic_release(&lk1);
    return NULL;
}
static void *t2(void *arg) {
    (void)arg;
    __VERIFIER_atomic_acquire(&lk2);
    shared++;
    __VERIFIER_atomic_release(&lk2);
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
