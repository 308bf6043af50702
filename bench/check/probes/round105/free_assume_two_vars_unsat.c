/* TRUTH: free — c in [0,3] but d < 0 && d > 0 is also assumed: no run gets past it, so the thread never writes x in either branch */
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
    int d = __VERIFIER_nondet_int();
    assume_abort_if_not(c >= 0 && c <= 3 && d < 0 && d > 0);
    if (c < 2)
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
