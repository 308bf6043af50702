/* TRUTH: race-free. The cleanup handler (run in the worker when it is cancelled at sleep()) writes `cleaned`; main cancels and then pthread_join()s the worker before reading cleaned: the join returns only after cancellation, cleanup handlers included, has completed. */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static int cleaned;

static void on_cancel(void *arg)
{
    (void)arg;
    cleaned = 1;
}

static void *worker(void *arg)
{
    (void)arg;
    pthread_cleanup_push(on_cancel, NULL);
    for (;;)
        sleep(1); /* cancellation point */
    pthread_cleanup_pop(0);
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    pthread_cancel(t);
    pthread_join(t, NULL);
    printf("cleaned=%d\n", cleaned);
    return 0;
}
