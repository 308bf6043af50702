// race-free: the consumer reads data only after it saw ready == 1 under m, which the producer set after writing data.
#include <pthread.h>
static int data, ready;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *producer(void *arg)
{
    data = 42;
    pthread_mutex_lock(&m);
    ready = 1;
    pthread_mutex_unlock(&m);
    return NULL;
}
static void *consumer(void *arg)
{
    int r;
    do {
        pthread_mutex_lock(&m);
        r = ready;
        pthread_mutex_unlock(&m);
        if (r)
            break;
    } while (1);
    return (void *)(long)data;
}
int main(void)
{
    pthread_t p, c;
    pthread_create(&c, NULL, consumer, NULL);
    pthread_create(&p, NULL, producer, NULL);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    return 0;
}
