/* TRUTH: racy. main waits only for done >= 1, then reads both slots: the slot of the worker that has not finished may still be written. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_assume(int);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
int slot[2];
int done;
static void *worker(void *arg) {
    long i = (long)arg;
    slot[i] = (int)i + 7;
    __VERIFIER_atomic_begin();
    done++;
    __VERIFIER_atomic_end();
    return NULL;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, worker, (void *)0L);
    pthread_create(&b, NULL, worker, (void *)1L);
    __VERIFIER_atomic_begin();
    __VERIFIER_assume(done >= 1);
    __VERIFIER_atomic_end();
    return slot[0] + slot[1];
}
