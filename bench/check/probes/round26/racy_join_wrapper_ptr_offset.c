/* TRUTH: racy. join_next(tp) joins tp[1]; main calls join_next(&t[1]), which joins t[2], not
   t[1]. main then reads out[1] while thread 1 may still be writing it. */
#include <pthread.h>
#include <stdio.h>

static int out[3];

static void *work(void *arg)
{
    long i = (long)arg;
    out[i] = (int)i * 10;
    return NULL;
}

/* joins the thread after the one tp points at */
static void join_next(pthread_t *tp)
{
    pthread_join(tp[1], NULL);
}

int main(void)
{
    pthread_t t[3];
    for (long i = 0; i < 3; i++)
        pthread_create(&t[i], NULL, work, (void *)i);
    pthread_join(t[0], NULL);
    join_next(&t[1]);
    printf("%d %d\n", out[0], out[1]);
    join_next(&t[0]);
    return out[2];
}
