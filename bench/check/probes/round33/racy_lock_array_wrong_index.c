/* TRUTH: racy. A worker holding locks[k] updates cell[(k + 1) % 3]; another worker holding locks[k+1] may update the same cell: cell++ vs cell++. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_assume(int);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
int locks[3];
int cell[3];
static void take(int k) {
    __VERIFIER_atomic_begin();
    __VERIFIER_assume(locks[k] == 0);
    locks[k] = 1;
    __VERIFIER_atomic_end();
}
static void give(int k) {
    __VERIFIER_atomic_begin();
    locks[k] = 0;
    __VERIFIER_atomic_end();
}
static void *worker(void *arg) {
    int k = __VERIFIER_nondet_int();
    (void)arg;
    __VERIFIER_assume(k >= 0 && k < 3);
    take(k);
    cell[(k + 1) % 3]++;
    give(k);
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
