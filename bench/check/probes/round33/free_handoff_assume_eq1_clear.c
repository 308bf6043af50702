/* TRUTH: race-free. Only producer sets lk = 1, in the atomic section after data = 42; consumer's section waits for lk == 1, so it comes after producer's, and its read of data after it is ordered after the write. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_assume(int);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
int lk;
int data, out;
static void *producer(void *arg) {
    (void)arg;
    data = 42;
    __VERIFIER_atomic_begin();
    __VERIFIER_assume(lk == 0);
    lk = 1;
    __VERIFIER_atomic_end();
    return NULL;
}
static void *consumer(void *arg) {
    (void)arg;
    __VERIFIER_atomic_begin();
    __VERIFIER_assume(lk == 1);
    lk = 0;
    __VERIFIER_atomic_end();
    out = data;
    return NULL;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, producer, NULL);
    pthread_create(&b, NULL, consumer, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
