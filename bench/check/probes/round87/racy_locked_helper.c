/* racy_locked_helper.c: RACY. my_read drops d->lock before calling account_io(), so the helper's updates of
 * d->bytes/d->ops race with the same helper called under the lock from my_write. */
#include <pthread.h>
#include <unistd.h>
#include <stdio.h>
#include <string.h>
#include <sys/types.h>

struct my_dev {
    pthread_mutex_t lock;
    unsigned long bytes;
    unsigned long ops;
    char buf[16];
    int fill;
};

struct file {
    void *private_data;
};

/* must be called with d->lock held */
static void account_io(struct my_dev *d, size_t n)
{
    d->bytes += n;
    d->ops++;
}

/* must be called with d->lock held */
static void fill_buffer(struct my_dev *d, char c)
{
    memset(d->buf, c, sizeof d->buf);
    d->fill = (int)sizeof d->buf;
}

static ssize_t my_write(struct file *f, const char *src, size_t n)
{
    struct my_dev *d = f->private_data;
    pthread_mutex_lock(&d->lock);
    fill_buffer(d, n ? src[0] : 0);
    account_io(d, n);
    pthread_mutex_unlock(&d->lock);
    return (ssize_t)n;
}

static ssize_t my_read(struct file *f, char *dst, size_t n)
{
    struct my_dev *d = f->private_data;
    size_t c;
    pthread_mutex_lock(&d->lock);
    c = (size_t)d->fill < n ? (size_t)d->fill : n;
    memcpy(dst, d->buf, c);
    d->fill -= (int)c;
    pthread_mutex_unlock(&d->lock);
    account_io(d, c);
    return (ssize_t)c;
}

struct ops {
    ssize_t (*read)(struct file *, char *, size_t);
    ssize_t (*write)(struct file *, const char *, size_t);
};

static const struct ops my_ops = { my_read, my_write };

struct ctx {
    struct file *f;
    int dir;
};

static void *io_thread(void *arg)
{
    struct ctx *c = arg;
    char tmp[8];
    int i;
    for (i = 0; i < 300; i++) {
        if (c->dir)
            my_ops.write(c->f, "zz", 2);
        else
            my_ops.read(c->f, tmp, sizeof tmp);
        usleep(20);
    }
    return NULL;
}

static struct my_dev g_dev = { PTHREAD_MUTEX_INITIALIZER, 0, 0, {0}, 0 };

int main(void)
{
    struct file f = { &g_dev };
    struct ctx cw = { &f, 1 }, cr = { &f, 0 };
    pthread_t tw, tr;
    pthread_create(&tw, NULL, io_thread, &cw);
    pthread_create(&tr, NULL, io_thread, &cr);
    pthread_join(tw, NULL);
    pthread_join(tr, NULL);
    printf("bytes=%lu ops=%lu\n", g_dev.bytes, g_dev.ops);
    return 0;
}
