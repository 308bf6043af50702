/* TRUTH: racy. monitor() reads wq.len (and wq.done) with no lock while the worker threads and main modify wq.len under wq.lock ('wq.len--' in wq_pop, 'wq.len++' in wq_push); the monitor runs concurrently with them, so its read races with those writes. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#define QCAP 16
#define NWORK 2
#define NITEMS 40

struct workqueue {
    pthread_mutex_t lock;
    pthread_cond_t nonempty;
    pthread_cond_t nonfull;
    int items[QCAP];
    int head, len;
    int done;
};

static struct workqueue wq = {
    PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, PTHREAD_COND_INITIALIZER, {0}, 0, 0, 0
};
static long processed_sum;

static void wq_push(struct workqueue *q, int v)
{
    pthread_mutex_lock(&q->lock);
    while (q->len == QCAP)
        pthread_cond_wait(&q->nonfull, &q->lock);
    q->items[(q->head + q->len) % QCAP] = v;
    q->len++;
    pthread_cond_signal(&q->nonempty);
    pthread_mutex_unlock(&q->lock);
}

static int wq_pop(struct workqueue *q, int *out)
{
    pthread_mutex_lock(&q->lock);
    while (q->len == 0 && !q->done)
        pthread_cond_wait(&q->nonempty, &q->lock);
    if (q->len == 0) {
        pthread_mutex_unlock(&q->lock);
        return 0;
    }
    *out = q->items[q->head];
    q->head = (q->head + 1) % QCAP;
    q->len--;
    pthread_cond_signal(&q->nonfull);
    pthread_mutex_unlock(&q->lock);
    return 1;
}

static void *worker(void *arg)
{
    int v;
    (void)arg;
    while (wq_pop(&wq, &v)) {
        pthread_mutex_lock(&wq.lock);
        processed_sum += v;
        pthread_mutex_unlock(&wq.lock);
    }
    return NULL;
}

static void *monitor(void *arg)
{
    int samples = *(int *)arg;
    long backlog = 0;
    for (int i = 0; i < samples; i++)
        backlog += wq.len;          /* "just a statistic" */
    printf("avg backlog %ld/%d\n", backlog / samples, samples);
    return NULL;
}

int main(void)
{
    pthread_t w[NWORK], mon;
    static int samples = 100;

    for (int i = 0; i < NWORK; i++)
        pthread_create(&w[i], NULL, worker, NULL);
    pthread_create(&mon, NULL, monitor, &samples);
    for (int i = 0; i < NITEMS; i++)
        wq_push(&wq, i);
    pthread_mutex_lock(&wq.lock);
    wq.done = 1;
    pthread_cond_broadcast(&wq.nonempty);
    pthread_mutex_unlock(&wq.lock);
    for (int i = 0; i < NWORK; i++)
        pthread_join(w[i], NULL);
    pthread_join(mon, NULL);
    printf("sum %ld\n", processed_sum);
    return 0;
}
