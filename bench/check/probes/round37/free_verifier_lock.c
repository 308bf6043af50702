/* TRUTH: free — lk is a lock built from atomic functions: acquire (assume(lk == 0); lk = 1, one atomic step) and release (lk = 0); workers' x = x + 1 (line 25) and main's read (line 38) are all between acquire and release, so they are mutually exclusive and ordered. */
#include <pthread.h>
#include <assert.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_assume(int);

static unsigned char lk;
static int x;

void __VERIFIER_atomic_acquire(void)
{
    __VERIFIER_assume(lk == 0);
    lk = 1;
}

void __VERIFIER_atomic_release(void)
{
    lk = 0;
}

static void *worker(void *arg)
{
    (void)arg;
    __VERIFIER_atomic_acquire();
    x = x + 1;
    __VERIFIER_atomic_release();
    return NULL;
}

int main(void)
{
    int n = __VERIFIER_nondet_int();
    __VERIFIER_assume(n >= 1 && n <= 4);
    pthread_t t[4];
    for (int i = 0; i < n; i++)
        pthread_create(&t[i], NULL, worker, NULL);
    __VERIFIER_atomic_acquire();
    int r = x;
    __VERIFIER_atomic_release();
    for (int i = 0; i < n; i++)
        pthread_join(t[i], NULL);
    assert(r <= n);
    return 0;
}
