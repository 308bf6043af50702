/* racy_cond_ring.c: RACY. my_read adds an unlocked "fast path" that peeks d->head == d->tail before taking the
 * lock, racing with the irq thread's locked d->head++. */
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <sys/types.h>

#define RING 8
#define NITEMS 200

struct my_dev {
    pthread_mutex_t lock;
    pthread_cond_t wq;
    int ring[RING];
    unsigned head, tail;
    unsigned dropped;
};

struct file {
    void *private_data;
};

static void my_irq_rx(struct my_dev *d, int v)
{
    pthread_mutex_lock(&d->lock);
    while (d->head - d->tail == RING)
        pthread_cond_wait(&d->wq, &d->lock);
    d->ring[d->head % RING] = v;
    d->head++;
    pthread_cond_broadcast(&d->wq);
    pthread_mutex_unlock(&d->lock);
}

static ssize_t my_read(struct file *f, int *out)
{
    struct my_dev *d = f->private_data;
    if (d->head == d->tail)
        sched_yield();          /* nothing yet: be nice before blocking */
    pthread_mutex_lock(&d->lock);
    while (d->head == d->tail)
        pthread_cond_wait(&d->wq, &d->lock);
    *out = d->ring[d->tail % RING];
    d->tail++;
    pthread_cond_broadcast(&d->wq);
    pthread_mutex_unlock(&d->lock);
    return 1;
}

static void *irq_thread(void *arg)
{
    struct my_dev *d = arg;
    int i;
    for (i = 0; i < NITEMS; i++)
        my_irq_rx(d, i);
    return NULL;
}

static void *reader_thread(void *arg)
{
    struct file *f = arg;
    long sum = 0;
    int i, v;
    for (i = 0; i < NITEMS; i++) {
        my_read(f, &v);
        sum += v;
    }
    return (void *)sum;
}

int main(void)
{
    static struct my_dev dev = {
        .lock = PTHREAD_MUTEX_INITIALIZER,
        .wq = PTHREAD_COND_INITIALIZER,
    };
    struct file f;
    pthread_t ti, tr;
    void *res;

    f.private_data = &dev;
    pthread_create(&tr, NULL, reader_thread, &f);
    pthread_create(&ti, NULL, irq_thread, &dev);
    pthread_join(ti, NULL);
    pthread_join(tr, &res);
    printf("sum=%ld head=%u tail=%u\n", (long)res, dev.head, dev.tail);
    return 0;
}
