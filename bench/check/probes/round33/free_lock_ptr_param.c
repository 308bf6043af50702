/* TRUTH: race-free. acquire/release take the lock word by pointer; both workers pass &lk and touch shared only in between. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_assume(int);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
int lk;
int shared;
void __VERIFIER_atomic_acquire(int *l) {
    __VERIFIER_assume(*l == 0);
    *l = 1;
}
void __VERIFIER_atomic_release(int *l) { *l = 0; }
static void *worker(void *arg) {
    (void)arg;
    __VERIFIER_atomic_acquire(&lk);
    shared = shared * 2 + 1;
    __VERIFIER_atomic_release(&lk);
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
