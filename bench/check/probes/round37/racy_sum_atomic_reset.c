/* TRUTH: racy — main's plain store `total = 0` (line 23) runs after the create loop while workers may run __atomic_fetch_add on total (line 11): a non-atomic write and an atomic RMW, unordered. */
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
    total = 0;
    for (int i = 0; i < n; i++)
        pthread_join(t[i], NULL);
    if (total > n * (n + 1) / 2)
        abort();
    return 0;
}
