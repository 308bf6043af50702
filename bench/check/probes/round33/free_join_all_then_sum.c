/* TRUTH: race-free. Each worker writes its own res[i]; main joins every worker before summing. */
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
    res[i] = (int)i * 2;
    return NULL;
}
int main(void) {
    pthread_t t[N];
    int i, sum = 0;
    for (i = 0; i < N; i++)
        pthread_create(&t[i], NULL, worker, (void *)(long)i);
    for (i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    for (i = 0; i < N; i++)
        sum += res[i];
    return sum;
}
