// racy: the join loop steps by two, so workers 1 and 3 are never joined before main reads their slots.
#include <pthread.h>
#include <stdio.h>
#define N 4
static int slots[N];

static void *fill(void *arg)
{
    int *slot = arg;
    *slot = 42;
    return NULL;
}

int main(void)
{
    pthread_t t[N];
    for (int i = 0; i < N; i++)
        pthread_create(&t[i], NULL, fill, &slots[i]);
    for (int i = 0; i < N; i += 2)
        pthread_join(t[i], NULL);
    int total = 0;
    for (int i = 0; i < N; i++)
        total += slots[i];
    printf("%d\n", total);
    return 0;
}
