/* TRUTH: racy. The assume-lock lk is released by 'lk = lk - 1;' inside an atomic section; after that, log_count++ runs outside any lock in both threads. */
#include <pthread.h>
#include <string.h>
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
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
    lk = lk - 1;
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
