/* TRUTH: racy - after 3 failed trylocks the producer gives up waiting and updates queue_len anyway (unlocking only if it got the lock) */
#include <pthread.h>
#include <unistd.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int queue_len;
static void *producer(void *arg)
{
    (void)arg;
    for (int i = 0; i < 10; i++) {
        int tries = 0, got = 0;
        while (tries < 3) {
            if (pthread_mutex_trylock(&m) == 0) {
                got = 1;
                break;
            }
            usleep(1u << tries);
            tries++;
        }
        queue_len++;
        if (got)
            pthread_mutex_unlock(&m);
    }
    return NULL;
}
static void *consumer(void *arg)
{
    (void)arg;
    for (int i = 0; i < 10; i++) {
        pthread_mutex_lock(&m);
        usleep(100);
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
