/* TRUTH: racy. the lock is taken only when both flags hold but the update runs whenever `verbose` holds, so with fast==0 it runs unlocked in both threads. */
#include <pthread.h>
#include <stdio.h>
extern int __VERIFIER_nondet_int(void);
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int msgs;

static void *worker(void *arg)
{
    (void)arg;
    int verbose = __VERIFIER_nondet_int();
    int fast = __VERIFIER_nondet_int();
    if (verbose && fast)
        pthread_mutex_lock(&m);
    if (verbose)
        msgs++;
    if (verbose && fast)
        pthread_mutex_unlock(&m);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", msgs);
    return 0;
}
