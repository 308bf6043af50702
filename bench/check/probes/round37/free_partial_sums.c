/* TRUTH: free — thread id writes only part[id] (line 13, ids 0..n-1 distinct, passed by value); main reads part[i] (line 29) only after the join loop over all n threads. */
#include <pthread.h>
#include <stdlib.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_assume(int);

static int part[8];

static void *worker(void *arg)
{
    long id = (long)arg;
    for (int j = 0; j < 10; j++)
        part[id] += j;
    return NULL;
}

int main(void)
{
    int n = __VERIFIER_nondet_int();
    __VERIFIER_assume(n > 0);
    __VERIFIER_assume(n <= 8);
    pthread_t t[8];
    for (int i = 0; i < n; i++)
        pthread_create(&t[i], NULL, worker, (void *)(long)i);
    for (int i = 0; i < n; i++)
        pthread_join(t[i], NULL);
    int sum = 0;
    for (int i = 0; i < n; i++)
        sum += part[i];
    if (sum != 45 * n)
        abort();
    return 0;
}
