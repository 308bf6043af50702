/* TRUTH: race-free. Phase 1 starts NT workers on slot[i] and joins them all; main then
   rewrites slot[] and phase 2 reuses the same handle array for the second round, joined
   again before main reads. */
#include <pthread.h>
#include <stdio.h>

#define NT 3

static int slot[NT];

static void *twice(void *arg)
{
    int *s = arg;
    *s *= 2;
    return NULL;
}

static void run_phase(pthread_t *t)
{
    int i;
    for (i = 0; i < NT; i++)
        pthread_create(&t[i], NULL, twice, &slot[i]);
    for (i = 0; i < NT; i++)
        pthread_join(t[i], NULL);
}

int main(void)
{
    pthread_t t[NT];
    for (int i = 0; i < NT; i++)
        slot[i] = i + 1;
    run_phase(t);
    for (int i = 0; i < NT; i++)
        slot[i] += 1;
    run_phase(t);
    printf("%d %d %d\n", slot[0], slot[1], slot[2]);
    return 0;
}
