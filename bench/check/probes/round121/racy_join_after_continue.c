/* TRUTH: racy — 'continue' skips the join for every i != 0, so workers 1 and 2 still append to the shared log_count while main reads it */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static int log_count;

static void *worker(void *arg)
{
    long id = (long)arg;
    if (id == 0)
        return NULL;
    for (int i = 0; i < 200; i++) {
        log_count++;
        usleep(100);
    }
    return NULL;
}

int main(void)
{
    pthread_t t[3];
    long seen = 0;
    for (long i = 0; i < 3; i++) {
        pthread_create(&t[i], NULL, worker, (void *)i);
        if (i != 0)
            continue;
        pthread_join(t[i], NULL);
    }
    for (int k = 0; k < 200; k++) {
        seen += log_count;
        usleep(100);
    }
    printf("%ld\n", seen);
    pthread_join(t[1], NULL);
    pthread_join(t[2], NULL);
    return 0;
}
