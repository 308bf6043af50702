/* free_open_flag.c: RACE-FREE. open()/release() set and clear d->opened and d->mode under d->lock, and read()
 * checks d->opened under the same lock before copying; the ops are called through a file_operations table. */
#include <pthread.h>
#include <stdio.h>
#include <sys/types.h>

#define ENODEV 19
#define O_NONBLOCK 04000

struct file {
    void *private_data;
    unsigned int f_flags;
};

struct file_operations {
    int (*open)(struct file *);
    ssize_t (*read)(struct file *, char *, size_t);
    int (*release)(struct file *);
};

struct my_dev {
    pthread_mutex_t lock;
    int opened;
    unsigned int mode;
    int counter;
};

static int my_open(struct file *f)
{
    struct my_dev *d = f->private_data;
    pthread_mutex_lock(&d->lock);
    d->opened++;
    d->mode = f->f_flags;
    pthread_mutex_unlock(&d->lock);
    return 0;
}

static ssize_t my_read(struct file *f, char *buf, size_t n)
{
    struct my_dev *d = f->private_data;
    ssize_t ret;
    pthread_mutex_lock(&d->lock);
    if (!d->opened) {
        pthread_mutex_unlock(&d->lock);
        return -ENODEV;
    }
    if (n > 0)
        buf[0] = (char)(d->counter++ & 0x7f);
    ret = (d->mode & O_NONBLOCK) ? 0 : 1;
    pthread_mutex_unlock(&d->lock);
    return ret;
}

static int my_release(struct file *f)
{
    struct my_dev *d = f->private_data;
    pthread_mutex_lock(&d->lock);
    d->opened--;
    if (!d->opened)
        d->mode = 0;
    pthread_mutex_unlock(&d->lock);
    return 0;
}

static const struct file_operations fops = {
    .open = my_open,
    .read = my_read,
    .release = my_release,
};

struct session {
    const struct file_operations *ops;
    struct file filp;
    int loops;
};

static void *session_thread(void *arg)
{
    struct session *s = arg;
    char c;
    int i, k;
    for (i = 0; i < s->loops; i++) {
        s->ops->open(&s->filp);
        for (k = 0; k < 4; k++)
            s->ops->read(&s->filp, &c, 1);
        s->ops->release(&s->filp);
    }
    return NULL;
}

static void *prober(void *arg)
{
    struct session *s = arg;
    char c;
    int i, hits = 0;
    for (i = 0; i < s->loops * 4; i++)
        if (s->ops->read(&s->filp, &c, 1) >= 0)
            hits++;
    return (void *)(long)hits;
}

int main(void)
{
    struct my_dev dev;
    struct session s1, s2;
    pthread_t t1, t2;

    pthread_mutex_init(&dev.lock, NULL);
    dev.opened = 0;
    dev.mode = 0;
    dev.counter = 0;

    s1.ops = &fops; s1.filp.private_data = &dev; s1.filp.f_flags = O_NONBLOCK; s1.loops = 100;
    s2.ops = &fops; s2.filp.private_data = &dev; s2.filp.f_flags = 0; s2.loops = 100;

    pthread_create(&t1, NULL, session_thread, &s1);
    pthread_create(&t2, NULL, prober, &s2);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    printf("counter=%d opened=%d\n", dev.counter, dev.opened);
    pthread_mutex_destroy(&dev.lock);
    return 0;
}
