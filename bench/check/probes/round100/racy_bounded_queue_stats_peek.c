/* TRUTH: racy — a monitor thread reads q.count without q.lock while put/get modify it under the lock */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

#define QSIZE 8

struct queue {
    int items[QSIZE];
    int head, tail, count;
    pthread_mutex_t lock;
    pthread_cond_t changed;
};

static struct queue q = { .lock = PTHREAD_MUTEX_INITIALIZER, .changed = PTHREAD_COND_INITIALIZER };

static void *producer(void *arg)
{
    (void)arg;
    for (int i = 0; i < 200; i++) {
        pthread_mutex_lock(&q.lock);
        while (q.count == QSIZE)
            pthread_cond_wait(&q.changed, &q.lock);
        q.items[q.tail] = i;
        q.tail = (q.tail + 1) % QSIZE;
        q.count++;
        pthread_cond_broadcast(&q.changed);
        pthread_mutex_unlock(&q.lock);
    }
    return NULL;
}

static void *consumer(void *arg)
{
    (void)arg;
    for (int i = 0; i < 200; i++) {
        pthread_mutex_lock(&q.lock);
        while (q.count == 0)
            pthread_cond_wait(&q.changed, &q.lock);
        q.head = (q.head + 1) % QSIZE;
        q.count--;
        pthread_cond_broadcast(&q.changed);
        pthread_mutex_unlock(&q.lock);
    }
    return NULL;
}

static void *monitor(void *arg)
{
    (void)arg;
    for (int i = 0; i < 5; i++) {
        printf("queue depth %d\n", q.count);
        usleep(1000);
    }
    return NULL;
}

int main(void)
{
    pthread_t p, c, m;
    pthread_create(&p, NULL, producer, NULL);
    pthread_create(&c, NULL, consumer, NULL);
    pthread_create(&m, NULL, monitor, NULL);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    pthread_join(m, NULL);
    return 0;
}
