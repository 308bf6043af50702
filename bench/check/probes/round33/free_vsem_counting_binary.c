/* TRUTH: race-free. Counting semaphore built from atomic functions with initial count 1: P = {assume(s > 0); s--}, V = {s++}; at most one worker in data++ at a time. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_assume(int);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
int s = 1;
int data;
void __VERIFIER_atomic_P(void) {
    __VERIFIER_assume(s > 0);
    s--;
}
void __VERIFIER_atomic_V(void) { s++; }
static void *worker(void *arg) {
    (void)arg;
    __VERIFIER_atomic_P();
    data++;
    __VERIFIER_atomic_V();
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
