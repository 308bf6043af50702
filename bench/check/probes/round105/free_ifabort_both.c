/* TRUTH: free — if (c) abort(); if (!c) abort(); ends every run before the thread writes x */
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
    if (c) abort();
    if (!c) abort();
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
