// A loop that joins t[i] and then starts a new thread into t[i] starts it while the first
// round's later instances (t[i + 1], ...) still run: the new thread runs alongside them. Its
// slot[(i + 1) % N] is instance i + 1's slot, written at the same time. (Its own slot[i],
// whose first-round writer it joined, is no race; which instance is which across two
// entries is not followed, so that stays a possible race.)
#include <pthread.h>
#include <stdint.h>

#define N 3
static pthread_t h[N];
static int slot[N], own[N];

static void *first(void *a)
{
    slot[(intptr_t)a] = 1; // RACE (possible): the second round's instance i - 1 writes it
    own[(intptr_t)a] = 1; // RACE (possible): no race (joined before its reuse), not told apart
    return 0;
}

static void *second(void *a)
{
    slot[((intptr_t)a + 1) % N] = 2;
    own[(intptr_t)a] = 2;
    return 0;
}

int main(void)
{
    for (intptr_t i = 0; i < N; i++)
        pthread_create(&h[i], 0, first, (void *)i);
    for (intptr_t i = 0; i < N; i++) {
        pthread_join(h[i], 0);
        pthread_create(&h[i], 0, second, (void *)i);
    }
    for (int i = 0; i < N; i++)
        pthread_join(h[i], 0);
    return slot[0] + own[0];
}
