/* TRUTH: racy. The global interrupt count is updated under the per-device lock, and the two threads handle different devices, so nothing excludes them. */
#include <pthread.h>
#include <stdlib.h>

typedef struct dev {
    pthread_mutex_t lock;
    int irqs;
} dev_t_;

static long global_irqs;
static pthread_mutex_t stat_lock = PTHREAD_MUTEX_INITIALIZER;

static void handle_irq(dev_t_ *d)
{
    pthread_mutex_lock(&d->lock);
    d->irqs++;
    global_irqs++;
    pthread_mutex_unlock(&d->lock);
}

static void *irq_thread(void *arg)
{
    dev_t_ *d = arg;
    for (int i = 0; i < 100; i++)
        handle_irq(d);
    return NULL;
}

int main(void)
{
    pthread_t t[2];
    dev_t_ *devs = calloc(2, sizeof *devs);
    if (!devs)
        return 1;
    for (int i = 0; i < 2; i++)
        pthread_mutex_init(&devs[i].lock, NULL);
    for (int i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, irq_thread, &devs[i]);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    free(devs);
    pthread_mutex_lock(&stat_lock);
    long g = global_irqs;
    pthread_mutex_unlock(&stat_lock);
    return g != 200;
}
