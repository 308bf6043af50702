// Handles in a zeroed array, each joined only if a create filled it (if (tid[i]) join): a
// thread that was created has a nonzero handle, so every thread is joined before main reads.
// A join under another condition does not count.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static int sum, other;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static volatile int lucky;

static void *work(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    sum++;   // NORACE
    other++; // RACE
    pthread_mutex_unlock(&m);
    return NULL;
}

int main(void)
{
    pthread_t *tid = calloc(4, sizeof(*tid)), t2;
    if (!tid)
        return 1;
    for (int i = 0; i < 4; i++)
        if (pthread_create(&tid[i], NULL, work, NULL))
            printf("create %d failed\n", i);
    for (int i = 0; i < 4; i++)
        if (tid[i])
            pthread_join(tid[i], NULL);
    printf("%d\n", sum);
    free(tid);
    pthread_create(&t2, NULL, work, NULL);
    if (lucky)
        pthread_join(t2, NULL);
    other = 0; // RACE
    return 0;
}
