/* TRUTH: racy. After breaking out of the locked loop the worker writes finished outside the lock, and the other worker does the same concurrently. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int next_item;
static int finished;

static void *worker(void *arg)
{
    (void)arg;
    for (;;) {
        pthread_mutex_lock(&m);
        if (next_item >= 50) {
            pthread_mutex_unlock(&m);
            break;
        }
        next_item++;
        pthread_mutex_unlock(&m);
    }
    finished++;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", next_item, finished);
    return 0;
}
