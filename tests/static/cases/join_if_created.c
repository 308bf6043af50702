// Handles in a zeroed array, each joined only if a create filled it (if (tid[i]) join): a
// thread that was created has a nonzero handle, so every thread is joined before main reads.
// A join under another condition does not count, nor one of a global handle a helper may
// clear, nor one of an array an alias clears.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static int sum, other;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static volatile int lucky;
static pthread_t gt;
static int g2, g3;

static void forget(void) { gt = 0; }

static void *work2(void *arg)
{
    (void)arg;
    g2 = 1; // RACE
    return NULL;
}

static void *work3(void *arg)
{
    (void)arg;
    g3 = 1; // RACE
    return NULL;
}

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
    pthread_create(&gt, NULL, work2, NULL);
    forget();
    if (gt)
        pthread_join(gt, NULL);
    g2 = 2; // RACE
    pthread_t t3[2], *alias = t3;
    for (int i = 0; i < 2; i++)
        pthread_create(&t3[i], NULL, work3, NULL);
    alias[0] = 0;
    for (int i = 0; i < 2; i++)
        if (t3[i])
            pthread_join(t3[i], NULL);
    g3 = 2; // RACE
    return 0;
}
