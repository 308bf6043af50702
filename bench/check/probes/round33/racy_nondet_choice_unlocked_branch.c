/* TRUTH: racy. On one nondet branch the worker updates data without taking lk: data++ vs data++. */
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
int data;
static void *worker(void *arg) {
    (void)arg;
    if (__VERIFIER_nondet_int()) {
        __VERIFIER_atomic_acquire();
        data++;
        __VERIFIER_atomic_release();
    } else {
        data++;
    }
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
