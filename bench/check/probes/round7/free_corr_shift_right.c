/* TRUTH: free. after k++ the test `k - 1` equals the original `k`, so hits is updated exactly when the lock was taken. */
#include <pthread.h>
#include <stdio.h>
extern int __VERIFIER_nondet_int(void);
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int hits;

static void *worker(void *arg)
{
    (void)arg;
    int k = __VERIFIER_nondet_int();
    if (k)
        pthread_mutex_lock(&m);
    k++;
    if (k - 1)
        hits++;
    if (k - 1)
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
    printf("%d\n", hits);
    return 0;
}
