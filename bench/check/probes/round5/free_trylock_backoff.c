/* TRUTH: race-free - the loop retries pthread_mutex_trylock with growing backoff until it succeeds; queue_len is only touched after a successful trylock or lock */
#include <pthread.h>
#include <unistd.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int queue_len;
static void *producer(void *arg)
{
    (void)arg;
    for (int i = 0; i < 10; i++) {
        unsigned delay = 1;
        while (pthread_mutex_trylock(&m) != 0) {
            usleep(delay);
            if (delay < 64)
                delay *= 2;
        }
        queue_len++;
        pthread_mutex_unlock(&m);
    }
    return NULL;
}
static void *consumer(void *arg)
{
    (void)arg;
    for (int i = 0; i < 10; i++) {
        pthread_mutex_lock(&m);
        if (queue_len > 0)
            queue_len--;
        pthread_mutex_unlock(&m);
    }
    return NULL;
}
int main(void)
{
    pthread_t p, c;
    pthread_create(&p, NULL, producer, NULL);
    pthread_create(&c, NULL, consumer, NULL);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    return queue_len;
}
