/* TRUTH: free — a one-slot buffer: slot and full are accessed only under m; the producer waits while full, the consumer while empty */
#include <pthread.h>
static int slot, full;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static void *producer(void *arg)
{
    (void)arg;
    for (int i = 1; i <= 10; i++) {
        pthread_mutex_lock(&m);
        while (full)
            pthread_cond_wait(&cv, &m);
        slot = i;
        full = 1;
        pthread_cond_broadcast(&cv);
        pthread_mutex_unlock(&m);
    }
    return NULL;
}
static void *consumer(void *arg)
{
    long sum = 0;
    (void)arg;
    for (int i = 1; i <= 10; i++) {
        pthread_mutex_lock(&m);
        while (!full)
            pthread_cond_wait(&cv, &m);
        sum += slot;
        full = 0;
        pthread_cond_broadcast(&cv);
        pthread_mutex_unlock(&m);
    }
    return (void *)sum;
}
int main(void)
{
    pthread_t p, c;
    pthread_create(&p, NULL, producer, NULL);
    pthread_create(&c, NULL, consumer, NULL);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    return 0;
}
