/* TRUTH: race-free. main takes lk before starting the worker and writes data while holding it; the worker touches data only under lk. */
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
    __VERIFIER_atomic_acquire();
    data++;
    __VERIFIER_atomic_release();
    return NULL;
}
int main(void) {
    pthread_t a;
    __VERIFIER_atomic_acquire();
    pthread_create(&a, NULL, worker, NULL);
    data = 10;
    __VERIFIER_atomic_release();
    pthread_join(a, NULL);
    return data;
}
