/* TRUTH: racy — the worker's second lock of its error-checking mutex fails (EDEADLK), so the exit on success is not taken and it writes hits unlocked as main does */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t em;
static int hits;

static void *worker(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&em);
    int rc = pthread_mutex_lock(&em); /* EDEADLK */
    pthread_mutex_unlock(&em);
    if (rc == 0)
        pthread_exit(NULL);
    hits++;
    return NULL;
}

int main(void)
{
    pthread_mutexattr_t a;
    pthread_mutexattr_init(&a);
    pthread_mutexattr_settype(&a, PTHREAD_MUTEX_ERRORCHECK);
    pthread_mutex_init(&em, &a);
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    hits++;
    pthread_join(t, NULL);
    printf("%d\n", hits);
    return 0;
}
