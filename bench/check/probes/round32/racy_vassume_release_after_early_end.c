/* TRUTH: racy. On the path where nondet is 0 the lock lk is released by the second 'lk = 0' inside the atomic section; then log_count++ runs outside any lock, in both threads. */
#include <pthread.h>
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
extern int __VERIFIER_nondet_int(void);
int lk;
int counter;
int log_count;
static void *worker(void *arg) {
    (void)arg;
    __VERIFIER_atomic_begin();
    __VERIFIER_assume(lk == 0);
    lk = 1;
    __VERIFIER_atomic_end();
    counter++;
    __VERIFIER_atomic_begin();
    if (__VERIFIER_nondet_int()) {
        lk = 0;
        __VERIFIER_atomic_end();
        return NULL;
    }
    lk = 0;
    __VERIFIER_atomic_end();
    log_count++;
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
