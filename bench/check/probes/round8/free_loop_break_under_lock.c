/* TRUTH: free. Every access to pending and stop, including the consumer's final clear before it breaks out, is made under m. */
#include <pthread.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int pending;
static int stop;
static long consumed;

static void *producer(void *arg)
{
    (void)arg;
    for (int i = 0; i < 100; i++) {
        pthread_mutex_lock(&m);
        pending++;
        if (i == 99)
            stop++;
        pthread_mutex_unlock(&m);
    }
    return NULL;
}

static void *consumer(void *arg)
{
    (void)arg;
    for (;;) {
        pthread_mutex_lock(&m);
        if (pending == 0 && stop < 2) {
            pthread_mutex_unlock(&m);
            continue;
        }
        if (stop >= 1) {
            pending = 0;
            pthread_mutex_unlock(&m);
            break;
        }
        pending--;
        consumed++;
        pthread_mutex_unlock(&m);
    }
    return NULL;
}

int main(void)
{
    pthread_t p, p2, c;
    pthread_create(&c, NULL, consumer, NULL);
    pthread_create(&p, NULL, producer, NULL);
    pthread_create(&p2, NULL, producer, NULL);
    pthread_join(p, NULL);
    pthread_join(p2, NULL);
    pthread_join(c, NULL);
    return (int)consumed < 0;
}
