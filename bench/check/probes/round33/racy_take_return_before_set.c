/* TRUTH: racy. __VERIFIER_atomic_acquire may return (nondet) after its assume without storing lk = 1; one worker then runs data++ while the other holds lk: data++ vs data++. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_assume(int);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
int lk;
int data;
void __VERIFIER_atomic_acquire(void) {
    __VERIFIER_assume(lk == 0);
    if (__VERIFIER_nondet_int())
        return;
    lk = 1;
}
void __VERIFIER_atomic_release(void) { lk = 0; }
static void *worker(void *arg) {
    (void)arg;
    __VERIFIER_atomic_acquire();
    data++;
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
