/* TRUTH: racy. Both workers call pthread_mutex_trylock and ignore its result; when it fails (EBUSY, the other holds m) the worker still does `entries++` (and its unlock of the error-checking mutex just returns EPERM). So one worker's entries++ can run while the other holds m and does entries++. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_ERRORCHECK_MUTEX_INITIALIZER_NP;
static int entries;

static void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 100; i++) {
        pthread_mutex_trylock(&m); /* result ignored */
        entries++;
        pthread_mutex_unlock(&m);
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", entries);
    return 0;
}
