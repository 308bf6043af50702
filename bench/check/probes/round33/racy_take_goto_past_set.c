/* TRUTH: racy. In acquire() a nondet goto jumps from after the assume past lk = 1 to the section's end, so the lock may not be taken: data++ in two workers races. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_assume(int);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
int lk;
int data;
static void acquire(void) {
    __VERIFIER_atomic_begin();
    __VERIFIER_assume(lk == 0);
    if (__VERIFIER_nondet_int())
        goto out;
    lk = 1;
out:
    __VERIFIER_atomic_end();
}
static void release(void) {
    __VERIFIER_atomic_begin();
    lk = 0;
    __VERIFIER_atomic_end();
}
static void *worker(void *arg) {
    (void)arg;
    acquire();
    data++;
    release();
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
