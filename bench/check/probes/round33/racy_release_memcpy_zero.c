/* TRUTH: racy. memcpy of a zero int over lk inside an atomic section releases the lock; stat++ after it runs unlocked in both workers. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_assume(int);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
int lk;
int data, stat;
static const int zero = 0;
void __VERIFIER_atomic_acquire(void) {
    __VERIFIER_assume(lk == 0);
    lk = 1;
}
void __VERIFIER_atomic_release(void) { memcpy(&lk, &zero, sizeof lk); }
static void *worker(void *arg) {
    (void)arg;
    __VERIFIER_atomic_acquire();
    data++;
    __VERIFIER_atomic_release();
    stat++;
    return NULL;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
