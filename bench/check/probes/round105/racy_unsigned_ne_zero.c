/* TRUTH: racy — unsigned c < 2 lets c be 1, so c != 0 holds on some run and the thread writes x while main does */
#include <pthread.h>
#include <stdlib.h>
extern int __VERIFIER_nondet_int(void);
extern unsigned __VERIFIER_nondet_uint(void);
extern void __VERIFIER_assume(int);
static void assume_abort_if_not(int cond) { if (!cond) abort(); }


int x;
static void *t(void *a) {
    unsigned c = __VERIFIER_nondet_uint();
    assume_abort_if_not(c < 2);
    if (c != 0)
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
