/* TRUTH: racy. join_range(t, 1, 3) joins t[1] and t[2] only; the thread in t[0] may still write slot[0] while main reads slot[0]. */
#include <pthread.h>
#include <stdio.h>

static int slot[3];

static void *work(void *arg)
{
    long i = (long)arg;
    slot[i] = (int)i + 1;
    return NULL;
}

static void join_range(pthread_t *t, int lo, int hi)
{
    for (int i = lo; i < hi; i++)
        pthread_join(t[i], NULL);
}

int main(void)
{
    pthread_t t[3];
    for (long i = 0; i < 3; i++)
        pthread_create(&t[i], NULL, work, (void *)i);
    join_range(t, 1, 3);
    printf("%d %d %d\n", slot[0], slot[1], slot[2]);
    join_range(t, 0, 1);
    return 0;
}
