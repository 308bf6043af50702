// A loop that joins t[i] and then starts a new thread into t[i] starts it while the first
// round's later instances (t[i + 1], ...) still run: the new thread runs alongside them. Its
// slot[(i + 1) % N] is instance i + 1's slot, written at the same time. Its own own[i],
// whose first-round writer it joined before its start, is no race: it runs beside the first
// round's instances after i only, each on its own element. Where the join may not happen
// (under a branch), the two instances i may run at once.
#include <pthread.h>
#include <stdint.h>

#define N 3
static pthread_t h[N];
static pthread_t g[N];
static int slot[N], own[N], maybe[N];

static void *first(void *a)
{
    slot[(intptr_t)a] = 1; // RACE (possible): the second round's instance i - 1 writes it
    own[(intptr_t)a] = 1; // NORACE: instance i is joined before the second round's i starts
    return 0;
}

static void *second(void *a)
{
    slot[((intptr_t)a + 1) % N] = 2;
    own[(intptr_t)a] = 2;
    return 0;
}

static void *fourth(void *a)
{
    maybe[(intptr_t)a] = 1; // RACE (possible): the join of its handle may not happen
    return 0;
}

static void *third(void *a)
{
    maybe[(intptr_t)a] = 3;
    return 0;
}

extern int __VERIFIER_nondet_int(void);

int main(void)
{
    for (intptr_t i = 0; i < N; i++)
        pthread_create(&h[i], 0, first, (void *)i);
    for (intptr_t i = 0; i < N; i++) {
        pthread_join(h[i], 0);
        pthread_create(&h[i], 0, second, (void *)i);
    }
    for (intptr_t i = 0; i < N; i++)
        pthread_create(&g[i], 0, fourth, (void *)i);
    for (intptr_t i = 0; i < N; i++) {
        if (__VERIFIER_nondet_int())
            pthread_join(g[i], 0);
        pthread_create(&g[i], 0, third, (void *)i);
    }
    for (int i = 0; i < N; i++)
        pthread_join(h[i], 0);
    for (int i = 0; i < N; i++)
        pthread_join(g[i], 0);
    return slot[0] + own[0] + maybe[0];
}
