/* TRUTH: racy — when trylock fails the poller bumps pending anyway, while the drainer holds the lock and writes it */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int pending;

static void *poller(void *arg)
{
    (void)arg;
    for (int i = 0; i < 1000; i++) {
        if (pthread_mutex_trylock(&m) == 0) {
            pending++;
            pthread_mutex_unlock(&m);
        } else {
            pending++;          /* lock busy: count it anyway */
        }
    }
    return NULL;
}

static void *drainer(void *arg)
{
    (void)arg;
    for (int i = 0; i < 1000; i++) {
        pthread_mutex_lock(&m);
        pending = 0;
        pthread_mutex_unlock(&m);
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, poller, NULL);
    pthread_create(&b, NULL, drainer, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", pending);
    return 0;
}
