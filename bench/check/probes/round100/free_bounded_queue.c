/* TRUTH: free — ring buffer head/tail/count only touched while holding q.lock */
#include <pthread.h>
#include <stdio.h>

#define QSIZE 8

struct queue {
    int items[QSIZE];
    int head, tail, count;
    pthread_mutex_t lock;
    pthread_cond_t not_full, not_empty;
};

static struct queue q = { .lock = PTHREAD_MUTEX_INITIALIZER,
    .not_full = PTHREAD_COND_INITIALIZER, .not_empty = PTHREAD_COND_INITIALIZER };

static void put(struct queue *qu, int v)
{
    pthread_mutex_lock(&qu->lock);
    while (qu->count == QSIZE)
        pthread_cond_wait(&qu->not_full, &qu->lock);
    qu->items[qu->tail] = v;
    qu->tail = (qu->tail + 1) % QSIZE;
    qu->count++;
    pthread_cond_signal(&qu->not_empty);
    pthread_mutex_unlock(&qu->lock);
}

static int get(struct queue *qu)
{
    pthread_mutex_lock(&qu->lock);
    while (qu->count == 0)
        pthread_cond_wait(&qu->not_empty, &qu->lock);
    int v = qu->items[qu->head];
    qu->head = (qu->head + 1) % QSIZE;
    qu->count--;
    pthread_cond_signal(&qu->not_full);
    pthread_mutex_unlock(&qu->lock);
    return v;
}

static void *producer(void *arg)
{
    (void)arg;
    for (int i = 0; i < 100; i++)
        put(&q, i);
    put(&q, -1);
    return NULL;
}

static void *consumer(void *arg)
{
    long sum = 0;
    int v;
    (void)arg;
    while ((v = get(&q)) >= 0)
        sum += v;
    printf("sum=%ld\n", sum);
    return NULL;
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
