/* TRUTH: racy — maybe_lock() only locks when `threaded` is set, and main leaves it 0 unless argc > 1; without args both workers do queue_len++ unprotected; worker vs worker. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t qlock = PTHREAD_MUTEX_INITIALIZER;
static int threaded;
static int queue_len;

static void maybe_lock(void)   { if (threaded) pthread_mutex_lock(&qlock); }
static void maybe_unlock(void) { if (threaded) pthread_mutex_unlock(&qlock); }

static void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 100; i++) {
        maybe_lock();
        queue_len++;
        maybe_unlock();
    }
    return NULL;
}

int main(int argc, char **argv)
{
    (void)argv;
    threaded = argc > 1;
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", queue_len);
    return 0;
}
