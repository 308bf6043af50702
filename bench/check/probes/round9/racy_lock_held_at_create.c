/* TRUTH: racy. main holds m while creating the worker, but the new thread does not inherit the lock, so its unlocked write of shared races with main's write. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int shared;

static void *worker(void *arg)
{
    (void)arg;
    shared = 2;
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
