/* TRUTH: racy. The ioctl path read-modify-writes dev->stats.tx without dev->lock while the irq thread decrements it under the lock. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

typedef struct dev_stats { long rx; long tx; long errors; } dev_stats_t;
struct device;
typedef int (*irq_handler_t)(struct device *, int);
typedef int (*ioctl_fn_t)(struct device *, unsigned, long);

struct dev_ops {
    irq_handler_t irq;
    ioctl_fn_t ioctl;
};

struct device {
    int id;
    int state;
    pthread_mutex_t lock;
    dev_stats_t stats;
    const struct dev_ops *ops;
    struct device *next;
};

static struct device *dev_list;
static pthread_mutex_t list_lock = PTHREAD_MUTEX_INITIALIZER;

static int my_irq(struct device *d, int vec)
{
    pthread_mutex_lock(&d->lock);
    if (vec & 1)
        d->stats.rx++;
    else
        d->stats.tx--;
    pthread_mutex_unlock(&d->lock);
    return 0;
}

static int my_ioctl(struct device *d, unsigned cmd, long arg)
{
    switch (cmd) {
    case 1:
        d->stats.tx += arg;
        return 0;
    case 2:
        pthread_mutex_lock(&d->lock);
        memset(&d->stats, 0, sizeof d->stats);
        pthread_mutex_unlock(&d->lock);
        return 0;
    default:
        return -1;
    }
}

static const struct dev_ops my_ops = { .irq = my_irq, .ioctl = my_ioctl };

static struct device *probe(int id)
{
    struct device *d = calloc(1, sizeof *d);
    if (!d)
        return NULL;
    d->id = id;
    d->ops = &my_ops;
    pthread_mutex_init(&d->lock, NULL);
    pthread_mutex_lock(&list_lock);
    d->next = dev_list;
    dev_list = d;
    pthread_mutex_unlock(&list_lock);
    d->state = 1;
    return d;
}

static void remove_dev(struct device *d)
{
    struct device **pp;
    pthread_mutex_lock(&list_lock);
    for (pp = &dev_list; *pp; pp = &(*pp)->next) {
        if (*pp == d) {
            *pp = d->next;
            break;
        }
    }
    pthread_mutex_unlock(&list_lock);
    pthread_mutex_destroy(&d->lock);
    free(d);
}

static void *irq_thread(void *arg)
{
    struct device *d = arg;
    for (int i = 0; i < 100; i++)
        d->ops->irq(d, i);
    return NULL;
}

static void *ioctl_thread(void *arg)
{
    struct device *d = arg;
    for (int i = 0; i < 50; i++)
        d->ops->ioctl(d, (i % 10 == 0) ? 2 : 1, i);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    struct device *d = probe(7);
    if (!d)
        return 1;
    pthread_create(&a, NULL, irq_thread, d);
    pthread_create(&b, NULL, ioctl_thread, d);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    d->state = 0;
    remove_dev(d);
    return 0;
}
