/* TRUTH: free — unsigned c <= 0 means c == 0: the else of if (c == 0) never runs, so the thread never writes x */
#include <pthread.h>
#include <stdlib.h>
extern int __VERIFIER_nondet_int(void);
extern unsigned __VERIFIER_nondet_uint(void);
extern void __VERIFIER_assume(int);
static void assume_abort_if_not(int cond) { if (!cond) abort(); }


int x, y;
static void *t(void *a) {
    unsigned c = __VERIFIER_nondet_uint();
    __VERIFIER_assume(c <= 0);
    if (c == 0)
        y = 1;
    else
        x = 1;
    return NULL;
}
int main(void) {
    pthread_t h;
    pthread_create(&h, NULL, t, NULL);
    x = 2;
    pthread_join(h, NULL);
    return y;
}
