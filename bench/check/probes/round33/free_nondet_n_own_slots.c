/* TRUTH: race-free. n in [1,4] workers, each writing only res[its index]; main sums after joining all n. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_assume(int);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
#define N 4
int res[N];
static void *worker(void *arg) {
    long i = (long)arg;
    res[i] = (int)i + 1;
    return NULL;
}
int main(void) {
    pthread_t t[N];
    int i, sum = 0, n = __VERIFIER_nondet_int();
    __VERIFIER_assume(n >= 1 && n <= N);
    for (i = 0; i < n; i++)
        pthread_create(&t[i], NULL, worker, (void *)(long)i);
    for (i = 0; i < n; i++)
        pthread_join(t[i], NULL);
    for (i = 0; i < n; i++)
        sum += res[i];
    return sum;
}
