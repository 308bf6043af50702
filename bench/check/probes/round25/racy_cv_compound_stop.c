/* TRUTH: racy. consumer's loop also ends when stopper sets stop (under m) before producer ran: consumer then reads data while producer writes data = 9 with no order between them. */
#include <pthread.h>
#include <stdio.h>

int data;
int ready, stop;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t cv = PTHREAD_COND_INITIALIZER;

void *producer(void *arg)
{
    (void)arg;
    data = 9;
    pthread_mutex_lock(&m);
    ready = 1;
    pthread_cond_broadcast(&cv);
    pthread_mutex_unlock(&m);
    return NULL;
}

void *stopper(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    stop = 1;
    pthread_cond_broadcast(&cv);
    pthread_mutex_unlock(&m);
    return NULL;
}

void *consumer(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    while (!ready && !stop)
        pthread_cond_wait(&cv, &m);
    pthread_mutex_unlock(&m);
    printf("%d\n", data);
    return NULL;
}

int main(void)
{
    pthread_t c, p, s;
    pthread_create(&c, NULL, consumer, NULL);
    pthread_create(&s, NULL, stopper, NULL);
    pthread_create(&p, NULL, producer, NULL);
    pthread_join(c, NULL);
    pthread_join(s, NULL);
    pthread_join(p, NULL);
    return 0;
}
