/* racy_global_vs_dev_lock.c: RACY. drv_release decrements the driver-wide total_opens while holding only the per-device
 * lock d->lock; the two threads use different devices, so total_opens has no common lock. */
#include <pthread.h>
#include <stdio.h>

struct my_dev {
    pthread_mutex_t lock;
    int minor;
    int open_count;
    long io;
};

struct file {
    struct my_dev *dev;
};

static pthread_mutex_t devlist_lock = PTHREAD_MUTEX_INITIALIZER;
static int total_opens;
static int max_total;

static struct my_dev devs[2] = {
    { PTHREAD_MUTEX_INITIALIZER, 0, 0, 0 },
    { PTHREAD_MUTEX_INITIALIZER, 1, 0, 0 },
};

static int drv_open(struct file *f, int minor)
{
    struct my_dev *d = &devs[minor];
    f->dev = d;
    pthread_mutex_lock(&d->lock);
    d->open_count++;
    pthread_mutex_unlock(&d->lock);

    pthread_mutex_lock(&devlist_lock);
    total_opens++;
    if (total_opens > max_total)
        max_total = total_opens;
    pthread_mutex_unlock(&devlist_lock);
    return 0;
}

static void drv_io(struct file *f)
{
    struct my_dev *d = f->dev;
    pthread_mutex_lock(&d->lock);
    d->io++;
    pthread_mutex_unlock(&d->lock);
}

static int drv_release(struct file *f)
{
    struct my_dev *d = f->dev;
    pthread_mutex_lock(&d->lock);
    d->open_count--;
    total_opens--;
    pthread_mutex_unlock(&d->lock);
    return 0;
}

static void *client(void *arg)
{
    int minor = *(int *)arg;
    int r, k;
    for (r = 0; r < 150; r++) {
        struct file f;
        drv_open(&f, minor);
        for (k = 0; k < 3; k++)
            drv_io(&f);
        drv_release(&f);
    }
    return NULL;
}

int main(void)
{
    pthread_t t0, t1;
    int m0 = 0, m1 = 1;
    pthread_create(&t0, NULL, client, &m0);
    pthread_create(&t1, NULL, client, &m1);
    pthread_join(t0, NULL);
    pthread_join(t1, NULL);
    printf("total=%d max=%d io0=%ld io1=%ld\n", total_opens, max_total, devs[0].io, devs[1].io);
    return 0;
}
