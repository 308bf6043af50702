/* TRUTH: free — the early-exit path (argc > 3) returns before any thread exists; on the normal path the worker's write to `progress` is joined before main reads it. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static int progress;

static void *work(void *arg)
{
    int n = (int)(long)arg;
    for (int i = 0; i < n; i++)
        progress = i;
    return NULL;
}

int main(int argc, char **argv)
{
    if (argc > 3) {
        fprintf(stderr, "usage: %s [n]\n", argv[0]);
        return 2;
    }
    long n = argc > 1 ? strtol(argv[1], NULL, 10) : 10;
    pthread_t t;
    if (pthread_create(&t, NULL, work, (void *)n) != 0) {
        printf("no thread, progress %d\n", progress);
        return 1;
    }
    pthread_join(t, NULL);
    printf("%d\n", progress);
    return 0;
}
