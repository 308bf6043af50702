/* TRUTH: racy — the goto starts round 2's first(i) into h[i] while round 1's second(i),
   never joined, still reads own[i] that first(i) writes */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>

#define N 2
static pthread_t h[N];
static int own[N], seen[N];

static void *first(void *a)
{
    own[(intptr_t)a] = 1;
    return 0;
}

static void *second(void *a)
{
    usleep(1000);
    seen[(intptr_t)a] = own[(intptr_t)a];
    return 0;
}

int main(void)
{
    int round = 0;
again:
    for (intptr_t i = 0; i < N; i++)
        pthread_create(&h[i], 0, first, (void *)i);
    for (intptr_t i = 0; i < N; i++) {
        pthread_join(h[i], 0);
        pthread_create(&h[i], 0, second, (void *)i);
    }
    if (round++ < 1)
        goto again;
    for (int i = 0; i < N; i++)
        pthread_join(h[i], 0);
    usleep(10000);
    printf("%d %d\n", seen[0], seen[1]);
    return 0;
}
