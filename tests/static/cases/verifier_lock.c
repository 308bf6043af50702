// A lock verifiers' programs build from an atomic section and an assumption: inside
// __VERIFIER_atomic_ functions (or between __VERIFIER_atomic_begin and _end), assume(m == 0)
// then m = 1 takes the lock m, and m = 0 releases it. What it guards is race-free; what it
// does not guard still races, definitely.
#include <pthread.h>
#include <stdlib.h>

extern void __VERIFIER_assume(int);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);

static void assume_abort_if_not(int cond)
{
    if (!cond)
        abort();
}

int m, n;
int guarded, region_guarded, loose, sections;

void __VERIFIER_atomic_bump(void)
{
    sections += 2; // NORACE: every atomic section excludes every other
}

void __VERIFIER_atomic_acquire(void)
{
    __VERIFIER_assume(m == 0);
    m = 1;
}

void __VERIFIER_atomic_release(void)
{
    __VERIFIER_assume(m == 1);
    m = 0;
}

static void *worker(void *arg)
{
    (void)arg;
    __VERIFIER_atomic_acquire();
    guarded++; // NORACE: under the lock m
    __VERIFIER_atomic_release();
    __VERIFIER_atomic_begin();
    assume_abort_if_not(!n);
    n = 1;
    __VERIFIER_atomic_end();
    region_guarded++; // NORACE: under the lock n
    __VERIFIER_atomic_begin();
    n = 0;
    __VERIFIER_atomic_end();
    loose++; // RACE (definite): after both releases
    __VERIFIER_atomic_bump();
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    __VERIFIER_atomic_begin();
    sections++; // NORACE: a begin/end section and an atomic function exclude each other
    __VERIFIER_atomic_end();
    return 0;
}
