/* TRUTH: racy — the while loop joins only even-numbered workers; worker 1 keeps writing done_bytes while main reads it */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static long done_bytes;

static void *worker(void *arg)
{
    long id = (long)arg;
    if (id % 2 == 0)
        return NULL;
    for (int i = 0; i < 200; i++) {
        done_bytes += 4096;
        usleep(100);
    }
    return NULL;
}

int main(void)
{
    pthread_t t[2];
    long i = 0, seen = 0;
    while (i < 2) {
        pthread_create(&t[i], NULL, worker, (void *)i);
        if (i % 2 == 0)
            pthread_join(t[i], NULL);
        i++;
    }
    for (int k = 0; k < 200; k++) {
        seen += done_bytes;
        usleep(100);
    }
    pthread_join(t[1], NULL);
    printf("%ld\n", seen);
    return 0;
}
