/* TRUTH: racy — the join loop breaks after joining h[0]; second then runs while first(1) and first(2) write slot[1], slot[2] */
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
    (void)a;
    return (void *)(intptr_t)slot[2];
}

int main(void)
{
    pthread_t x;
    for (intptr_t i = 0; i < N; i++)
        pthread_create(&h[i], 0, first, (void *)i);
    for (int i = 0; i < N; i++) {
        pthread_join(h[i], 0);
        if (i == 0)
            break;
    }
    pthread_create(&x, 0, second, 0);
    pthread_join(x, 0);
    for (int i = 1; i < N; i++)
        pthread_join(h[i], 0);
    puts("done");
    return 0;
}
