/* TRUTH: race-free. Workers get ids 1 and 2; only id >= 8 would write 'hist', so no thread
   writes it; main reads it after joining both. */
#include <pthread.h>
#include <stdio.h>

#define FIRST_WRITER 8

static int hist[4];

static void *worker(void *arg)
{
    long id = (long)arg;
    if (id < FIRST_WRITER)
        return NULL;
    hist[0] += (int)id;
    return NULL;
}

int main(void)
{
    pthread_t t1, t2;
    pthread_create(&t1, NULL, worker, (void *)1L);
    pthread_create(&t2, NULL, worker, (void *)2L);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    printf("%d\n", hist[0]);
    return 0;
}
