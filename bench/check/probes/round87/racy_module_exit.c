/* racy_module_exit.c: RACY. main unpublishes the device (the_dev = NULL, as module exit does) before joining the
 * threads, racing with the irq thread's repeated reads of the_dev; freeing still happens after the joins. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

struct my_dev {
    pthread_mutex_t lock;
    int count;
    int irq_seen;
};

static struct my_dev *the_dev;

static int my_init(void)
{
    struct my_dev *d = calloc(1, sizeof(*d));
    if (!d)
        return -1;
    pthread_mutex_init(&d->lock, NULL);
    the_dev = d;
    return 0;
}

static void my_exit(void)
{
    struct my_dev *d = the_dev;
    the_dev = NULL;
    if (d) {
        pthread_mutex_destroy(&d->lock);
        free(d);
    }
}

static void my_ioctl_inc(struct my_dev *d)
{
    pthread_mutex_lock(&d->lock);
    d->count++;
    pthread_mutex_unlock(&d->lock);
}

static void my_irq(struct my_dev *d)
{
    pthread_mutex_lock(&d->lock);
    d->irq_seen++;
    d->count += 2;
    pthread_mutex_unlock(&d->lock);
}

static void *user_thread(void *arg)
{
    struct my_dev *d = the_dev;
    int i;
    (void)arg;
    if (!d)
        return NULL;
    for (i = 0; i < 300; i++)
        my_ioctl_inc(d);
    return NULL;
}

static void *irq_thread(void *arg)
{
    struct my_dev *d;
    int i;
    (void)arg;
    for (i = 0; i < 300; i++) {
        d = the_dev;
        if (!d)
            break;
        my_irq(d);
    }
    return NULL;
}

int main(void)
{
    pthread_t tu, ti;
    struct my_dev *keep;
    if (my_init())
        return 1;
    keep = the_dev;
    pthread_create(&tu, NULL, user_thread, NULL);
    pthread_create(&ti, NULL, irq_thread, NULL);
    the_dev = NULL;   /* start module unload: unpublish the device */
    pthread_join(tu, NULL);
    pthread_join(ti, NULL);
    printf("count=%d irqs=%d\n", keep->count, keep->irq_seen);
    the_dev = keep;
    my_exit();
    return 0;
}
