/* TRUTH: racy. main reads the flag set by the worker's cleanup handler before joining the worker. */
#include <pthread.h>

static int cleaned;

static void on_cleanup(void *arg)
{
    int *flag = arg;
    *flag = 1;
}

static void *worker(void *arg)
{
    (void)arg;
    pthread_cleanup_push(on_cleanup, &cleaned);
    pthread_exit(NULL);
    pthread_cleanup_pop(0);
    return NULL;
}

int main(void)
{
    pthread_t t;
    int c;
    pthread_create(&t, NULL, worker, NULL);
    c = cleaned;
    pthread_join(t, NULL);
    return c;
}
