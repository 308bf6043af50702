/* TRUTH: racy. Workers created in a loop all write shared total without a lock (and main reads it without joining). */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_assume(int);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
#define N 3
int total;
static void *worker(void *arg) {
    (void)arg;
    total += 1;
    return NULL;
}
int main(void) {
    pthread_t t[N];
    int i;
    for (i = 0; i < N; i++)
        pthread_create(&t[i], NULL, worker, NULL);
    return total;
}
