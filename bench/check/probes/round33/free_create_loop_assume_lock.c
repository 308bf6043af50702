/* TRUTH: race-free. Workers created in a loop update total under the assume-lock lk; main reads it after joining all. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_assume(int);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
#define N 3
int lk;
void __VERIFIER_atomic_acquire(void) {
    __VERIFIER_assume(lk == 0);
    lk = 1;
}
void __VERIFIER_atomic_release(void) { lk = 0; }
int total;
static void *worker(void *arg) {
    (void)arg;
    __VERIFIER_atomic_acquire();
    total += 1;
    __VERIFIER_atomic_release();
    return NULL;
}
int main(void) {
    pthread_t t[N];
    int i;
    for (i = 0; i < N; i++)
        pthread_create(&t[i], NULL, worker, NULL);
    for (i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    return total;
}
