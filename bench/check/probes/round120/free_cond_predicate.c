/* TRUTH: free — a one-slot buffer: item and full are only touched under m, and waits loop on the predicate */
#include <pthread.h>

pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t not_empty = PTHREAD_COND_INITIALIZER;
pthread_cond_t not_full = PTHREAD_COND_INITIALIZER;
int item;
int full;

void *producer(void *arg)
{
    (void)arg;
    for (int i = 1; i <= 20; i++) {
        pthread_mutex_lock(&m);
        while (full)
            pthread_cond_wait(&not_full, &m);
        item = i;
        full = 1;
        pthread_cond_signal(&not_empty);
        pthread_mutex_unlock(&m);
    }
    return 0;
}

void *consumer(void *arg)
{
    (void)arg;
    long s = 0;
    for (int i = 1; i <= 20; i++) {
        pthread_mutex_lock(&m);
        while (!full)
            pthread_cond_wait(&not_empty, &m);
        s += item;
        full = 0;
        pthread_cond_signal(&not_full);
        pthread_mutex_unlock(&m);
    }
    return (void *)s;
}

int main(void)
{
    pthread_t p, c;
    void *r;
    pthread_create(&p, 0, producer, 0);
    pthread_create(&c, 0, consumer, 0);
    pthread_join(p, 0);
    pthread_join(c, &r);
    return (long)r == 210 ? 0 : 1;
}
