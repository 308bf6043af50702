/* TRUTH: racy. helper stores 1 into ready through the alias rp (under m) without touching data: consumer's wait can end on that store, and consumer then reads data while producer writes data = 11, unordered. */
#include <pthread.h>
#include <stdio.h>

int data;
int ready;
int *rp = &ready;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t cv = PTHREAD_COND_INITIALIZER;

void *producer(void *arg)
{
    (void)arg;
    data = 11;
    pthread_mutex_lock(&m);
    ready = 1;
    pthread_cond_signal(&cv);
    pthread_mutex_unlock(&m);
    return NULL;
}

void *helper(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    *rp = 1;
    pthread_cond_signal(&cv);
    pthread_mutex_unlock(&m);
    return NULL;
}

void *consumer(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    while (!ready)
        pthread_cond_wait(&cv, &m);
    pthread_mutex_unlock(&m);
    printf("%d\n", data);
    return NULL;
}

int main(void)
{
    pthread_t c, p, h;
    pthread_create(&c, NULL, consumer, NULL);
    pthread_create(&h, NULL, helper, NULL);
    pthread_create(&p, NULL, producer, NULL);
    pthread_join(c, NULL);
    pthread_join(h, NULL);
    pthread_join(p, NULL);
    return 0;
}
