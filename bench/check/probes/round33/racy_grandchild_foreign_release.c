/* TRUTH: racy. main joins only t1; t1's child t2 (never joined) may hold lk when main stores lk = 0 without holding it; main then takes lk and its data++ races t2's data++. */
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
    release();
    acquire();
    data++;
    release();
    return 0;
}
