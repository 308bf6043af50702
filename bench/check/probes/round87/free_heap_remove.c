/* free_heap_remove.c: RACE-FREE. probe() mallocs and initialises the device before any thread starts;
 * threads test d->active and touch the fifo only under d->lock; remove() clears active and frees after both joins. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FIFO_SZ 16

struct device {
    const char *name;
    void *driver_data;
};

struct my_dev {
    struct device *parent;
    pthread_mutex_t lock;
    int active;
    int fifo[FIFO_SZ];
    int head, tail;
    long irq_count;
    long read_count;
};

static struct my_dev *my_probe(struct device *pdev)
{
    struct my_dev *d = calloc(1, sizeof(*d));
    if (!d)
        return NULL;
    pthread_mutex_init(&d->lock, NULL);
    d->parent = pdev;
    d->active = 1;
    d->head = d->tail = 0;
    pdev->driver_data = d;
    return d;
}

static void my_remove(struct device *pdev)
{
    struct my_dev *d = pdev->driver_data;
    d->active = 0;
    pthread_mutex_destroy(&d->lock);
    pdev->driver_data = NULL;
    free(d);
}

/* "interrupt handler": pushes a sample into the fifo */
static int my_irq(struct my_dev *d, int sample)
{
    int ret = 0;
    pthread_mutex_lock(&d->lock);
    if (!d->active) {
        ret = -1;
    } else if ((d->head + 1) % FIFO_SZ != d->tail) {
        d->fifo[d->head] = sample;
        d->head = (d->head + 1) % FIFO_SZ;
        d->irq_count++;
    }
    pthread_mutex_unlock(&d->lock);
    return ret;
}

static int my_read_sample(struct my_dev *d, int *out)
{
    int got = 0;
    pthread_mutex_lock(&d->lock);
    if (d->active && d->tail != d->head) {
        *out = d->fifo[d->tail];
        d->tail = (d->tail + 1) % FIFO_SZ;
        d->read_count++;
        got = 1;
    }
    pthread_mutex_unlock(&d->lock);
    return got;
}

static void *irq_thread(void *arg)
{
    struct device *pdev = arg;
    struct my_dev *d = pdev->driver_data;
    int i;
    for (i = 0; i < 500; i++)
        if (my_irq(d, i) < 0)
            break;
    return NULL;
}

static void *reader_thread(void *arg)
{
    struct device *pdev = arg;
    struct my_dev *d = pdev->driver_data;
    int i, v, sum = 0;
    for (i = 0; i < 500; i++)
        if (my_read_sample(d, &v))
            sum += v;
    return (void *)(long)sum;
}

int main(void)
{
    struct device pdev = { .name = "mydev0", .driver_data = NULL };
    pthread_t ti, tr;
    struct my_dev *d = my_probe(&pdev);
    if (!d)
        return 1;
    pthread_create(&ti, NULL, irq_thread, &pdev);
    pthread_create(&tr, NULL, reader_thread, &pdev);
    pthread_join(ti, NULL);
    pthread_join(tr, NULL);
    printf("irqs=%ld reads=%ld\n", d->irq_count, d->read_count);
    my_remove(&pdev);
    return 0;
}
