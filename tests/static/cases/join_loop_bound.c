// Threads created by for (i = 0; i < n; i++) into h[i] and joined by a loop over the same
// local n (one value for the whole call: never assigned again, never stepped) are all joined;
// a join loop that stops one short, or is bounded by another variable, joins only some.
#include <pthread.h>

extern int __VERIFIER_nondet_int(void);

int data[16], total, partial[16], sum;

static void *fill(void *arg)
{
    data[(long)arg] = 1; // NORACE: main reads after joining every thread
    return NULL;
}

static void *fill_partial(void *arg)
{
    partial[(long)arg] = 1; // RACE (possible): the last thread is not joined
    return NULL;
}

int main(void)
{
    int n = __VERIFIER_nondet_int();
    if (n < 1 || n > 16)
        return 0;
    pthread_t h[16], g[16];
    for (int i = 0; i < n; i++)
        pthread_create(&h[i], NULL, fill, (void *)(long)i);
    for (int i = 0; i < n; i++)
        pthread_join(h[i], NULL);
    for (int i = 0; i < n; i++)
        total += data[i];
    for (int i = 0; i < n; i++)
        pthread_create(&g[i], NULL, fill_partial, (void *)(long)i);
    for (int i = 0; i < n - 1; i++)
        pthread_join(g[i], NULL);
    for (int i = 0; i < n; i++)
        sum += partial[i]; // RACE (possible)
    return total + sum;
}
