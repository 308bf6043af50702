/* TRUTH: racy — second(0), started right after reap(h[0]) joins first(0), reads slot[1]
   while first(1) (joined only in the next pass) writes slot[1] */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>

#define N 3
static pthread_t h[N];
static int slot[N];

static void *first(void *a)
{
    slot[(intptr_t)a] = 1;
    return 0;
}

static void *second(void *a)
{
    return (void *)(intptr_t)slot[((intptr_t)a + 1) % N];
}

static void reap(pthread_t *t)
{
    pthread_join(*t, 0);
}

int main(void)
{
    for (intptr_t i = 0; i < N; i++)
        pthread_create(&h[i], 0, first, (void *)i);
    for (intptr_t i = 0; i < N; i++) {
        reap(&h[i]);
        pthread_create(&h[i], 0, second, (void *)i);
    }
    for (int i = 0; i < N; i++)
        pthread_join(h[i], 0);
    puts("done");
    return 0;
}
