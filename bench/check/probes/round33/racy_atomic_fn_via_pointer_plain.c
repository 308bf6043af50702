/* TRUTH: racy. t1 increments count inside __VERIFIER_atomic_inc (called through a pointer), t2 increments it directly outside any section: count++ vs count++. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_assume(int);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
int count;
void __VERIFIER_atomic_inc(void) { count++; }
void (*inc_fn)(void) = __VERIFIER_atomic_inc;
static void *t1(void *arg) {
    (void)arg;
    inc_fn();
    return NULL;
}
static void *t2(void *arg) {
    (void)arg;
    count++;
    return NULL;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, t1, NULL);
    pthread_create(&b, NULL, t2, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return count;
}
