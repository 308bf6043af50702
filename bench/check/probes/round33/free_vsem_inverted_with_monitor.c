/* TRUTH: race-free. sem starts at 1; P = {assume(sem == 1); sem = 0}, V = {sem = 1}, both atomic: a binary semaphore, so the workers' data++ exclude each other. The monitor only waits for sem == 0 and touches nothing else. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_assume(int);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
int sem = 1;
int data;
static void P(void) {
    __VERIFIER_atomic_begin();
    __VERIFIER_assume(sem == 1);
    sem = 0;
    __VERIFIER_atomic_end();
}
static void V(void) {
    __VERIFIER_atomic_begin();
    sem = 1;
    __VERIFIER_atomic_end();
}
static void *worker(void *arg) {
    (void)arg;
    P();
    data++;
    V();
    return NULL;
}
static void *monitor(void *arg) {
    (void)arg;
    __VERIFIER_atomic_begin();
    __VERIFIER_assume(sem == 0);
    __VERIFIER_atomic_end();
    return NULL;
}
int main(void) {
    pthread_t a, b, c;
    pthread_create(&c, NULL, monitor, NULL);
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
