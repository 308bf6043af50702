/* TRUTH: race-free. buf/head/tail/count are only touched with rb.lock held (waits via not_full/not_empty); each consumer writes only its own sums[id] (distinct &ids[i]); main reads sums after joining every thread. */
#include <pthread.h>
#include <stdio.h>

#define CAP 8
#define NPROD 2
#define NCONS 2
#define PER_PROD 1000

struct ring {
    pthread_mutex_t lock;
    pthread_cond_t not_full, not_empty;
    int buf[CAP];
    int head, tail, count;
};

static struct ring rb = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, PTHREAD_COND_INITIALIZER, {0}, 0, 0, 0};
static long sums[NCONS];

static void ring_put(struct ring *r, int v)
{
    pthread_mutex_lock(&r->lock);
    while (r->count == CAP)
        pthread_cond_wait(&r->not_full, &r->lock);
    r->buf[r->tail] = v;
    r->tail = (r->tail + 1) % CAP;
    r->count++;
    pthread_cond_signal(&r->not_empty);
    pthread_mutex_unlock(&r->lock);
}

static int ring_get(struct ring *r)
{
    int v;
    pthread_mutex_lock(&r->lock);
    while (r->count == 0)
        pthread_cond_wait(&r->not_empty, &r->lock);
    v = r->buf[r->head];
    r->head = (r->head + 1) % CAP;
    r->count--;
    pthread_cond_signal(&r->not_full);
    pthread_mutex_unlock(&r->lock);
    return v;
}

static void *producer(void *arg)
{
    int base = *(int *)arg * PER_PROD;
    for (int i = 0; i < PER_PROD; i++)
        ring_put(&rb, base + i + 1);
    return NULL;
}

static void *consumer(void *arg)
{
    int id = *(int *)arg;
    for (int i = 0; i < PER_PROD * NPROD / NCONS; i++) {
        int v = ring_get(&rb);
        sums[id] += v;
    }
    return NULL;
}

int main(void)
{
    pthread_t p[NPROD], c[NCONS];
    int pid[NPROD], cid[NCONS];
    for (int i = 0; i < NCONS; i++) {
        cid[i] = i;
        pthread_create(&c[i], NULL, consumer, &cid[i]);
    }
    for (int i = 0; i < NPROD; i++) {
        pid[i] = i;
        pthread_create(&p[i], NULL, producer, &pid[i]);
    }
    for (int i = 0; i < NPROD; i++)
        pthread_join(p[i], NULL);
    for (int i = 0; i < NCONS; i++)
        pthread_join(c[i], NULL);
    long total = 0;
    for (int i = 0; i < NCONS; i++)
        total += sums[i];
    printf("%ld\n", total);
    return 0;
}
