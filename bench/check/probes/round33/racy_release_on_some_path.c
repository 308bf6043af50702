/* TRUTH: racy. On a nondet path the worker releases lk before stat++ (and not after): stat++ then runs unlocked and races the other worker's. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_assume(int);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
int lk;
void __VERIFIER_atomic_acquire(void) {
    __VERIFIER_assume(lk == 0);
    lk = 1;
}
void __VERIFIER_atomic_release(void) { lk = 0; }
int data, stat;
static void *worker(void *arg) {
    int early = __VERIFIER_nondet_int();
    (void)arg;
    __VERIFIER_atomic_acquire();
    data++;
    if (early)
        __VERIFIER_atomic_release();
    stat++;
    if (!early)
        __VERIFIER_atomic_release();
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
