/* TRUTH: free — workers update total only with __atomic_fetch_add (line 11); main's plain read (line 25) comes after joining every thread. */
#include <pthread.h>
#include <stdlib.h>
extern int __VERIFIER_nondet_int(void);

static int total;

static void *worker(void *arg)
{
    long k = (long)arg;
    __atomic_fetch_add(&total, (int)k, __ATOMIC_SEQ_CST);
    return NULL;
}

int main(void)
{
    int n = __VERIFIER_nondet_int();
    if (n < 1 || n > 8)
        return 0;
    pthread_t t[8];
    for (int i = 0; i < n; i++)
        pthread_create(&t[i], NULL, worker, (void *)(long)(i + 1));
    for (int i = 0; i < n; i++)
        pthread_join(t[i], NULL);
    if (total != n * (n + 1) / 2)
        abort();
    return 0;
}
