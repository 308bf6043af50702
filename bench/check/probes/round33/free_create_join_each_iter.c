/* TRUTH: race-free. A nondet number of workers, each joined before the next is created: their g++ are ordered, and main reads g after the last join. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_assume(int);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
int g;
static void *worker(void *arg) {
    (void)arg;
    g++;
    return NULL;
}
int main(void) {
    pthread_t t;
    while (__VERIFIER_nondet_int()) {
        pthread_create(&t, NULL, worker, NULL);
        pthread_join(t, NULL);
    }
    return g;
}
