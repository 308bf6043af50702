/* TRUTH: racy. wait_ptr(ts) joins only ts[0] (the array decays to &ts[0]); the thread in ts[1] may still write part[1] while main reads part[1]. */
#include <pthread.h>
#include <stdio.h>

static int part[2];

static void *calc(void *arg)
{
    long i = (long)arg;
    part[i] = (int)(i * 10 + 1);
    return NULL;
}

static void wait_ptr(pthread_t *tp) { pthread_join(*tp, NULL); }

int main(void)
{
    pthread_t ts[2];
    for (long i = 0; i < 2; i++)
        pthread_create(&ts[i], NULL, calc, (void *)i);
    wait_ptr(ts);
    printf("%d\n", part[0] + part[1]);
    pthread_join(ts[1], NULL);
    return 0;
}
