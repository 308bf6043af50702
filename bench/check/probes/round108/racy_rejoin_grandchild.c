/* TRUTH: racy — second(0), started right after join(h[0]), starts grand(0), which reads slot[1]
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

static void *grand(void *a)
{
    return (void *)(intptr_t)slot[((intptr_t)a + 1) % N];
}

static void *second(void *a)
{
    pthread_t g;
    pthread_create(&g, 0, grand, a);
    pthread_join(g, 0);
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
    puts("done");
    return 0;
}
