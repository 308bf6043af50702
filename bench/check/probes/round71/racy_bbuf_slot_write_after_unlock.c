/* TRUTH: racy — bb_put reserves the slot under the lock but stores data[] after unlock; consumer reads data[] under lock and may read that slot concurrently */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#define CAP 8
#define NPROD 2
#define NCONS 2
#define ITEMS 50

struct bbuf {
    pthread_mutex_t mu;
    pthread_cond_t not_full;
    pthread_cond_t not_empty;
    int data[CAP];
    int head, tail, count;
    int shutdown;
    long produced, consumed;
};

static struct bbuf q = {
    PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, PTHREAD_COND_INITIALIZER
};
static long total_sum;
static pthread_mutex_t sum_mu = PTHREAD_MUTEX_INITIALIZER;

static int bb_put(struct bbuf *b, int v)
{
    pthread_mutex_lock(&b->mu);
    while (b->count == CAP && !b->shutdown)
        pthread_cond_wait(&b->not_full, &b->mu);
    if (b->shutdown) {
        pthread_mutex_unlock(&b->mu);
        return -1;
    }
    {
        int slot = b->tail;
        b->tail = (b->tail + 1) % CAP;
        b->count++;
        b->produced++;
        pthread_cond_signal(&b->not_empty);
        pthread_mutex_unlock(&b->mu);
        b->data[slot] = v;
    }
    return 0;
}

static int bb_get(struct bbuf *b, int *out)
{
    pthread_mutex_lock(&b->mu);
    while (b->count == 0 && !b->shutdown)
        pthread_cond_wait(&b->not_empty, &b->mu);
    if (b->count == 0) {
        pthread_mutex_unlock(&b->mu);
        return -1;
    }
    *out = b->data[b->head];
    b->head = (b->head + 1) % CAP;
    b->count--;
    b->consumed++;
    pthread_cond_signal(&b->not_full);
    pthread_mutex_unlock(&b->mu);
    return 0;
}

static void bb_shutdown(struct bbuf *b)
{
    pthread_mutex_lock(&b->mu);
    b->shutdown = 1;
    pthread_cond_broadcast(&b->not_empty);
    pthread_cond_broadcast(&b->not_full);
    pthread_mutex_unlock(&b->mu);
}

static void *producer(void *arg)
{
    long id = (long)arg;
    int i;
    for (i = 0; i < ITEMS; i++)
        if (bb_put(&q, (int)(id * 1000 + i)) < 0)
            break;
    return NULL;
}

static void *consumer(void *arg)
{
    int v;
    long local = 0;
    (void)arg;
    while (bb_get(&q, &v) == 0)
        local += v;
    pthread_mutex_lock(&sum_mu);
    total_sum += local;
    pthread_mutex_unlock(&sum_mu);
    return NULL;
}

int main(void)
{
    pthread_t p[NPROD], c[NCONS];
    long i;
    for (i = 0; i < NCONS; i++)
        pthread_create(&c[i], NULL, consumer, NULL);
    for (i = 0; i < NPROD; i++)
        pthread_create(&p[i], NULL, producer, (void *)i);
    for (i = 0; i < NPROD; i++)
        pthread_join(p[i], NULL);
    bb_shutdown(&q);
    for (i = 0; i < NCONS; i++)
        pthread_join(c[i], NULL);
    printf("sum=%ld produced=%ld consumed=%ld\n", total_sum, q.produced, q.consumed);
    return 0;
}
