/* free_cdev_global.c: RACE-FREE. The device is a global; every fops entry (open/read/write/release)
 * takes dev.lock before touching buf/len/counters, and main reads the counters only after join. */
#include <pthread.h>
#include <unistd.h>
#include <stdio.h>
#include <string.h>
#include <sys/types.h>

#define BUF_SZ 64
#define EBUSY 16

struct file {
    void *private_data;
    int f_flags;
};

struct file_operations {
    int (*open)(struct file *);
    ssize_t (*read)(struct file *, char *, size_t);
    ssize_t (*write)(struct file *, const char *, size_t);
    int (*release)(struct file *);
};

struct my_dev {
    pthread_mutex_t lock;
    char buf[BUF_SZ];
    size_t len;
    int nreads;
    int nwrites;
    int open_count;
};

static struct my_dev dev = { .lock = PTHREAD_MUTEX_INITIALIZER };

static int my_open(struct file *f)
{
    struct my_dev *d = f->private_data;
    pthread_mutex_lock(&d->lock);
    d->open_count++;
    pthread_mutex_unlock(&d->lock);
    return 0;
}

static ssize_t my_read(struct file *f, char *ubuf, size_t n)
{
    struct my_dev *d = f->private_data;
    size_t c;
    pthread_mutex_lock(&d->lock);
    c = d->len < n ? d->len : n;
    memcpy(ubuf, d->buf, c);
    d->nreads++;
    pthread_mutex_unlock(&d->lock);
    return (ssize_t)c;
}

static ssize_t my_write(struct file *f, const char *ubuf, size_t n)
{
    struct my_dev *d = f->private_data;
    if (n > BUF_SZ)
        n = BUF_SZ;
    pthread_mutex_lock(&d->lock);
    memcpy(d->buf, ubuf, n);
    d->len = n;
    d->nwrites++;
    pthread_mutex_unlock(&d->lock);
    return (ssize_t)n;
}

static int my_release(struct file *f)
{
    struct my_dev *d = f->private_data;
    pthread_mutex_lock(&d->lock);
    d->open_count--;
    pthread_mutex_unlock(&d->lock);
    return 0;
}

static const struct file_operations my_fops = {
    .open = my_open,
    .read = my_read,
    .write = my_write,
    .release = my_release,
};

struct worker {
    struct file *filp;
    const struct file_operations *fops;
    int writer;
};

static void *user_thread(void *arg)
{
    struct worker *w = arg;
    char tmp[16];
    int i;
    w->fops->open(w->filp);
    for (i = 0; i < 300; i++) {
        if (w->writer)
            w->fops->write(w->filp, "hello", 5);
        else
            w->fops->read(w->filp, tmp, sizeof tmp);
        usleep(20);
    }
    w->fops->release(w->filp);
    return NULL;
}

int main(void)
{
    struct file f1, f2;
    struct worker w1, w2;
    pthread_t t1, t2;

    f1.private_data = &dev;
    f1.f_flags = 1;
    f2.private_data = &dev;
    f2.f_flags = 0;
    w1.filp = &f1; w1.fops = &my_fops; w1.writer = 1;
    w2.filp = &f2; w2.fops = &my_fops; w2.writer = 0;

    pthread_create(&t1, NULL, user_thread, &w1);
    pthread_create(&t2, NULL, user_thread, &w2);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    printf("reads=%d writes=%d open=%d\n", dev.nreads, dev.nwrites, dev.open_count);
    return 0;
}
