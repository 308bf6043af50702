/* TRUTH: racy — the join loop stops at NT-1, so the last worker is never joined; main then reads out[NT-1] (and out[]) while that worker writes out[NT-1]. */
#include <pthread.h>
#include <stdio.h>

#define NT 4
static int out[NT];

static void *work(void *arg)
{
    int id = (int)(long)arg;
    out[id] = id * id;
    return NULL;
}

int main(void)
{
    pthread_t t[NT];
    for (long i = 0; i < NT; i++)
        pthread_create(&t[i], NULL, work, (void *)i);
    for (int i = 0; i < NT - 1; i++)
        pthread_join(t[i], NULL);
    int s = 0;
    for (int i = 0; i < NT; i++)
        s += out[i];
    printf("%d\n", s);
    return 0;
}
