/* TRUTH: racy — main prints progress (reads done) while the worker may still be writing it */
#include <pthread.h>
#include <stdio.h>

static int done;

static void *worker(void *arg)
{
    int n = *(int *)arg;
    for (int i = 0; i < n; i++)
        done = i + 1;
    return NULL;
}

int main(void)
{
    pthread_t t;
    int n = 1000000;
    pthread_create(&t, NULL, worker, &n);
    printf("progress: %d\n", done);
    pthread_join(t, NULL);
    printf("finished: %d\n", done);
    return 0;
}
