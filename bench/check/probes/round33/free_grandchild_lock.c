/* TRUTH: race-free. t2 (started by t1, never joined) and main both take the assume-lock lk around data++; nobody releases it without holding it. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_assume(int);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
int lk;
int data;
static void acquire(void) {
    __VERIFIER_atomic_begin();
    __VERIFIER_assume(lk == 0);
    lk = 1;
    __VERIFIER_atomic_end();
}
static void release(void) {
    __VERIFIER_atomic_begin();
    lk = 0;
    __VERIFIER_atomic_end();
}
static void *t2(void *arg) {
    (void)arg;
    acquire();
    data++;
    release();
    return NULL;
}
static void *t1(void *arg) {
    pthread_t c;
    (void)arg;
    pthread_create(&c, NULL, t2, NULL);
    return NULL;
}
int main(void) {
    pthread_t t;
    pthread_create(&t, NULL, t1, NULL);
    pthread_join(t, NULL);
    acquire();
    data++;
    release();
    return 0;
}
