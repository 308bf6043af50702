/* TRUTH: racy — both threads are created into the same pthread_t variable `t`, so only the second one is joined; main then reads `last` while the first (never joined) thread may still write it; main vs first thread. */
#include <pthread.h>
#include <stdio.h>

static int last;

static void *job(void *arg)
{
    int v = (int)(long)arg;
    for (int i = 0; i < 100; i++)
        last = v + i;
    return NULL;
}

int main(void)
{
    pthread_t t;
    for (long k = 0; k < 2; k++)
        pthread_create(&t, NULL, job, (void *)(k * 1000));
    pthread_join(t, NULL);
    printf("%d\n", last);
    return 0;
}
