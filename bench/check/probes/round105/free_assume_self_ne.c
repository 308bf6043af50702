/* TRUTH: free — assume(c != c) never holds: the thread never writes x */
#include <pthread.h>
#include <stdlib.h>
extern int __VERIFIER_nondet_int(void);
extern unsigned __VERIFIER_nondet_uint(void);
extern _Bool __VERIFIER_nondet_bool(void);
extern unsigned char __VERIFIER_nondet_uchar(void);
extern void __VERIFIER_assume(int);
static void assume_abort_if_not(int cond) { if (!cond) abort(); }


int x;
static void *t(void *a) {
    int c = __VERIFIER_nondet_int();
    assume_abort_if_not(c != c);
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
