// Verifier locks used wrongly: a thread that stores the free value into a lock word it does
// not hold lets another thread in (the lock then protects nothing), and a lock word written
// outside any atomic section races with the reads of the other threads' acquires. An
// assume_abort_if_not the program defines so that it never stops is no assumption.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static void assume_abort_if_not(int c)
{
    if (!c)
        abort();
}

static void assume_soft(int c)
{
    if (!c)
        fprintf(stderr, "assumption failed\n");
}

int m, n, x, y;

void __VERIFIER_atomic_acquire(void)
{
    assume_abort_if_not(m == 0);
    m = 1;
}

void __VERIFIER_atomic_release(void)
{
    m = 0;
}

void __VERIFIER_atomic_take_n(void)
{
    assume_soft(n == 0); // RACE (definite): the plain n = 0 below writes it
    n = 1;
}

static void *holder(void *arg)
{
    (void)arg;
    __VERIFIER_atomic_acquire();
    x = 1; // RACE (definite): 'intruder' releases m without holding it, then takes it
    return NULL;
}

static void *intruder(void *arg)
{
    (void)arg;
    __VERIFIER_atomic_release();
    __VERIFIER_atomic_acquire();
    x = 2; // RACE (definite)
    return NULL;
}

static void *soft(void *arg)
{
    (void)arg;
    __VERIFIER_atomic_take_n();
    y++; // RACE (definite): assume_soft stops nothing, so this takes no lock
    n = 0; // RACE (definite): a plain write of the word the other thread's take reads
    return NULL;
}

int main(void)
{
    pthread_t t[4];
    pthread_create(&t[0], NULL, holder, NULL);
    pthread_create(&t[1], NULL, intruder, NULL);
    pthread_create(&t[2], NULL, soft, NULL);
    pthread_create(&t[3], NULL, soft, NULL);
    for (int i = 0; i < 4; i++)
        pthread_join(t[i], NULL);
    return 0;
}
