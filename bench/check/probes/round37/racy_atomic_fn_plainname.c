/* TRUTH: racy — atomic_inc (line 11) is an ordinary function (no __VERIFIER_atomic_ prefix): its x = x + 1 races with main's read in __VERIFIER_atomic_get (line 16) and, for n >= 2, with another worker's. */
#include <pthread.h>
#include <assert.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_assume(int);

static int x;

static void atomic_inc(void)
{
    x = x + 1;
}

int __VERIFIER_atomic_get(void)
{
    return x;
}

static void *worker(void *arg)
{
    (void)arg;
    atomic_inc();
    return NULL;
}

int main(void)
{
    int n = __VERIFIER_nondet_int();
    __VERIFIER_assume(n >= 1 && n <= 4);
    pthread_t t[4];
    for (int i = 0; i < n; i++)
        pthread_create(&t[i], NULL, worker, NULL);
    int r = __VERIFIER_atomic_get();
    assert(r >= 0 && r <= n);
    for (int i = 0; i < n; i++)
        pthread_join(t[i], NULL);
    return 0;
}
