/* TRUTH: free. main holds m across create and its write; the worker also takes m before writing shared. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int shared;

static void *worker(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    shared = 2;
    pthread_mutex_unlock(&m);
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_mutex_lock(&m);
    pthread_create(&t, NULL, worker, NULL);
    shared = 1;
    pthread_mutex_unlock(&m);
    pthread_join(t, NULL);
    printf("%d\n", shared);
    return 0;
}
