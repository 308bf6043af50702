/* TRUTH: racy — the join loop skips the flusher (i == NW-1), which keeps writing flushed while main reads it after the loop */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

#define NW 3
static long flushed;
static long work[NW];

static void *worker(void *arg)
{
    long id = (long)arg;
    for (int i = 0; i < 200; i++) {
        if (id == NW - 1)
            flushed++;
        else
            work[id]++;
        usleep(100);
    }
    return NULL;
}

int main(void)
{
    pthread_t t[NW];
    long seen = 0;
    for (long i = 0; i < NW; i++)
        pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < NW; i++) {
        if (i == NW - 1)
            continue;
        pthread_join(t[i], NULL);
    }
    for (int k = 0; k < 200; k++) {
        seen += flushed;
        usleep(100);
    }
    printf("%ld %ld\n", seen, work[0]);
    pthread_join(t[NW - 1], NULL);
    return 0;
}
