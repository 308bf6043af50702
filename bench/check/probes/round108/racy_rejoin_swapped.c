/* TRUTH: racy — h[0] and h[1] are swapped before the second loop, so join(h[0]) waits for
   first(1) and second(0) starts while first(0) still writes own[0] */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>

#define N 2
static pthread_t h[N];
static int own[N];

static void *first(void *a)
{
    if ((intptr_t)a == 0)
        usleep(100000);
    own[(intptr_t)a] = 1;
    return 0;
}

static void *second(void *a)
{
    own[(intptr_t)a] = 2;
    return 0;
}

int main(void)
{
    for (intptr_t i = 0; i < N; i++)
        pthread_create(&h[i], 0, first, (void *)i);
    pthread_t tmp = h[0];
    h[0] = h[1];
    h[1] = tmp;
    for (intptr_t i = 0; i < N; i++) {
        pthread_join(h[i], 0);
        pthread_create(&h[i], 0, second, (void *)i);
    }
    for (int i = 0; i < N; i++)
        pthread_join(h[i], 0);
    printf("%d %d\n", own[0], own[1]);
    return 0;
}
