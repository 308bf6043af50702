/* TRUTH: free. The cleanup handler runs in the worker at pthread_exit and main reads the flag it sets only after joining. */
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
    pthread_join(t, NULL);
    c = cleaned;
    return c;
}
