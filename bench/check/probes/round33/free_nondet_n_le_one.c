/* TRUTH: race-free. n is assumed in [0,1]: at most one worker; main reads g after the join loop. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_assume(int);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
int g;
static void *worker(void *arg) {
    (void)arg;
    g = g + 5;
    return NULL;
}
int main(void) {
    pthread_t t[4];
    int i, n = __VERIFIER_nondet_int();
    __VERIFIER_assume(n >= 0 && n <= 1);
    for (i = 0; i < n; i++)
        pthread_create(&t[i], NULL, worker, NULL);
    for (i = 0; i < n; i++)
        pthread_join(t[i], NULL);
    return g;
}
