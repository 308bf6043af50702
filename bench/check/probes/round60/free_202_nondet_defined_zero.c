/* TRUTH: free — this program DEFINES __VERIFIER_nondet_int with a body that always returns 0, so T2's branch `if (__VERIFIER_nondet_int()) x = 2;` is never taken; x is only written by T1 and read by main after joins. */
#include <pthread.h>
#include <stdio.h>
int __VERIFIER_nondet_int(void) { return 0; }
static int x;
static void *t1(void *arg) { x = 1; return arg; }
static void *t2(void *arg) {
    if (__VERIFIER_nondet_int())
        x = 2;
    return arg;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, t1, NULL);
    pthread_create(&b, NULL, t2, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", x);
    return 0;
}
