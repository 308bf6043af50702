/* TRUTH: racy. t1 and t2 each have their own function-static lock word named lk: two different locks, so data++ in t1 and data++ in t2 race. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_assume(int);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
int data;
static void *t1(void *arg) {
    static int lk;
    (void)arg;
    __VERIFIER_atomic_begin();
    __VERIFIER_assume(lk == 0);
    lk = 1;
    __VERIFIER_atomic_end();
    data++;
    __VERIFIER_atomic_begin();
    lk = 0;
    __VERIFIER_atomic_end();
    return NULL;
}
static void *t2(void *arg) {
    static int lk;
    (void)arg;
    __VERIFIER_atomic_begin();
    __VERIFIER_assume(lk == 0);
    lk = 1;
    __VERIFIER_atomic_end();
    data++;
    __VERIFIER_atomic_begin();
    lk = 0;
    __VERIFIER_atomic_end();
    return NULL;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, t1, NULL);
    pthread_create(&b, NULL, t2, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
