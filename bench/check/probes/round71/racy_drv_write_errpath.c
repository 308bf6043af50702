/* TRUTH: racy — my_write error path (n<=0 case: unlock then write d->len = 0) writes d->len without the lock, racing with my_read reading d->len under lock */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern int __VERIFIER_nondet_int(void);

#define BUFSZ 64
#define NUSERS 3

struct file { int flags; int pos; };

struct file_operations {
    int (*open)(struct file *f);
    int (*read)(struct file *f, char *dst, int n);
    int (*write)(struct file *f, const char *src, int n);
    int (*ioctl)(struct file *f, int cmd, int arg);
    int (*release)(struct file *f);
};

struct mydev {
    pthread_mutex_t lock;
    char buf[BUFSZ];
    int len;
    int open_count;
    int mode;
    long nreads;
    long nwrites;
};

static struct mydev the_dev;

static void dev_lock(struct mydev *d) { pthread_mutex_lock(&d->lock); }
static void dev_unlock(struct mydev *d) { pthread_mutex_unlock(&d->lock); }

static int my_open(struct file *f)
{
    struct mydev *d = &the_dev;
    dev_lock(d);
    d->open_count++;
    dev_unlock(d);
    f->pos = 0;
    return 0;
}

static int my_read(struct file *f, char *dst, int n)
{
    struct mydev *d = &the_dev;
    int got;
    dev_lock(d);
    got = d->len < n ? d->len : n;
    memcpy(dst, d->buf, got);
    d->nreads++;
    dev_unlock(d);
    f->pos += got;
    return got;
}

static int my_write(struct file *f, const char *src, int n)
{
    struct mydev *d = &the_dev;
    if (n > BUFSZ)
        n = BUFSZ;
    dev_lock(d);
    if (__VERIFIER_nondet_int() == 3) {
        dev_unlock(d);
        d->len = 0;
        return -1;
    }
    memcpy(d->buf, src, n);
    d->len = n;
    d->nwrites++;
    dev_unlock(d);
    f->pos += n;
    return n;
}

static int my_ioctl(struct file *f, int cmd, int arg)
{
    struct mydev *d = &the_dev;
    int ret = 0;
    (void)f;
    dev_lock(d);
    switch (cmd) {
    case 1:
        d->mode = arg;
        break;
    case 2:
        d->len = 0;
        break;
    default:
        ret = d->mode;
        break;
    }
    dev_unlock(d);
    return ret;
}

static int my_release(struct file *f)
{
    struct mydev *d = &the_dev;
    dev_lock(d);
    d->open_count--;
    dev_unlock(d);
    f->flags = 0;
    return 0;
}

static const struct file_operations my_fops = {
    .open = my_open,
    .read = my_read,
    .write = my_write,
    .ioctl = my_ioctl,
    .release = my_release,
};

static void *user(void *arg)
{
    const struct file_operations *ops = &my_fops;
    struct file f;
    char tmp[BUFSZ];
    long id = (long)arg;
    int i;
    memset(&f, 0, sizeof f);
    ops->open(&f);
    for (i = 0; i < 4; i++) {
        if (__VERIFIER_nondet_int())
            ops->write(&f, "hello", 5);
        else
            ops->read(&f, tmp, sizeof tmp);
        if (__VERIFIER_nondet_int())
            ops->ioctl(&f, (int)(id % 3), i);
    }
    ops->release(&f);
    return NULL;
}

int main(void)
{
    pthread_t th[NUSERS];
    long i;
    pthread_mutex_init(&the_dev.lock, NULL);
    the_dev.mode = 0;
    for (i = 0; i < NUSERS; i++)
        pthread_create(&th[i], NULL, user, (void *)i);
    for (i = 0; i < NUSERS; i++)
        pthread_join(th[i], NULL);
    printf("opens=%d reads=%ld writes=%ld\n", the_dev.open_count, the_dev.nreads, the_dev.nwrites);
    return 0;
}
