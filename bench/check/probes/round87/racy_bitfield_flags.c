/* racy_bitfield_flags.c: RACY. the zero-width bit-field is gone, so opened/exclusive (open_lock) and irq_enabled/
 * irq_pending (irq_lock) share one memory location: the two paths do unsynchronised read-modify-writes of the same word. */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

struct my_dev {
    pthread_mutex_t open_lock;   /* protects opened, open_count */
    pthread_mutex_t irq_lock;    /* protects irq_enabled, irq_pending, irq_count */
    unsigned int opened : 1;
    unsigned int exclusive : 1;
    unsigned int irq_enabled : 1;
    unsigned int irq_pending : 1;
    int open_count;
    long irq_count;
};

struct file {
    struct my_dev *dev;
    int f_flags;
};

static struct my_dev mydev = {
    .open_lock = PTHREAD_MUTEX_INITIALIZER,
    .irq_lock = PTHREAD_MUTEX_INITIALIZER,
};

static int my_open(struct file *f)
{
    struct my_dev *d = f->dev;
    pthread_mutex_lock(&d->open_lock);
    d->open_count++;
    d->opened = 1;
    d->exclusive = (f->f_flags & 1) ? 1 : 0;
    pthread_mutex_unlock(&d->open_lock);
    return 0;
}

static int my_release(struct file *f)
{
    struct my_dev *d = f->dev;
    pthread_mutex_lock(&d->open_lock);
    if (--d->open_count == 0) {
        d->opened = 0;
        d->exclusive = 0;
    }
    pthread_mutex_unlock(&d->open_lock);
    return 0;
}

static void my_irq(struct my_dev *d, int enable)
{
    pthread_mutex_lock(&d->irq_lock);
    d->irq_enabled = enable ? 1 : 0;
    if (d->irq_enabled) {
        d->irq_pending = 1;
        d->irq_count++;
    } else {
        d->irq_pending = 0;
    }
    pthread_mutex_unlock(&d->irq_lock);
}

static void *user_thread(void *arg)
{
    struct file *f = arg;
    int i;
    for (i = 0; i < 300; i++) {
        my_open(f);
        usleep(10);
        my_release(f);
    }
    return NULL;
}

static void *irq_thread(void *arg)
{
    struct my_dev *d = arg;
    int i;
    for (i = 0; i < 300; i++) {
        my_irq(d, i & 1);
        usleep(10);
    }
    return NULL;
}

int main(void)
{
    struct file f = { &mydev, 1 };
    pthread_t tu, ti;
    pthread_create(&tu, NULL, user_thread, &f);
    pthread_create(&ti, NULL, irq_thread, &mydev);
    pthread_join(tu, NULL);
    pthread_join(ti, NULL);
    printf("opened=%u irq_enabled=%u irqs=%ld\n", mydev.opened, mydev.irq_enabled, mydev.irq_count);
    return 0;
}
