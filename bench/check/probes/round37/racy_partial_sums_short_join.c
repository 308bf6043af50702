/* TRUTH: racy — the join loop stops at n - 1, so thread n-1 may still be writing part[n-1] (line 13) when main reads part[n-1] in the summing loop (line 29). */
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
    for (int i = 0; i < n - 1; i++)
        pthread_join(t[i], NULL);
    int sum = 0;
    for (int i = 0; i < n; i++)
        sum += part[i];
    if (sum > 45 * n)
        abort();
    return 0;
}
