/* TRUTH: race-free. count is only touched in __VERIFIER_atomic_inc (atomic whatever the call path, here through a function pointer) and by main after joining. */
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
static void *worker(void *arg) {
    (void)arg;
    inc_fn();
    return NULL;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return count;
}
