/* TRUTH: racy. main releases lk before writing data; the worker may be inside its locked data++ then: data = 10 vs data++. */
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
    __VERIFIER_atomic_release();
    data = 10;
    pthread_join(a, NULL);
    return data;
}
