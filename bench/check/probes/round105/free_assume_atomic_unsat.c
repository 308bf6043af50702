/* TRUTH: free — inside an atomic section the thread assumes c < 0 && c > 0, which no run passes: its write of x never happens */
#include <pthread.h>
#include <stdlib.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_assume(int);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
static void assume_abort_if_not(int cond) { if (!cond) abort(); }


int x;
static void *t(void *a) {
    int c = __VERIFIER_nondet_int();
    __VERIFIER_atomic_begin();
    __VERIFIER_assume(c < 0 && c > 0);
    __VERIFIER_atomic_end();
    x = 1;
    return NULL;
}
int main(void) {
    pthread_t h;
    pthread_create(&h, NULL, t, NULL);
    x = 2;
    pthread_join(h, NULL);
    return 0;
}
