/* free_nondet_ops.c: RACE-FREE. Each harness thread picks an op with nondet() (rand()) and calls it through the
 * fops table; every op, on every branch, accesses the device state under d->lock. */
#include <pthread.h>
#include <unistd.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/types.h>

extern int nondet(void);

int nondet(void)
{
    return rand();
}

#define EAGAIN 11

struct file {
    void *private_data;
};

struct file_operations {
    int (*open)(struct file *);
    ssize_t (*read)(struct file *, char *, size_t);
    ssize_t (*write)(struct file *, const char *, size_t);
    long (*unlocked_ioctl)(struct file *, unsigned int, unsigned long);
};

struct my_dev {
    pthread_mutex_t lock;
    int opens;
    int level;
    int threshold;
    long events;
};

static int d_open(struct file *f)
{
    struct my_dev *d = f->private_data;
    pthread_mutex_lock(&d->lock);
    d->opens++;
    pthread_mutex_unlock(&d->lock);
    return 0;
}

static ssize_t d_read(struct file *f, char *buf, size_t n)
{
    struct my_dev *d = f->private_data;
    ssize_t r = -EAGAIN;
    pthread_mutex_lock(&d->lock);
    if (n && d->level > d->threshold) {
        buf[0] = (char)d->level;
        r = 1;
    }
    pthread_mutex_unlock(&d->lock);
    return r;
}

static ssize_t d_write(struct file *f, const char *buf, size_t n)
{
    struct my_dev *d = f->private_data;
    pthread_mutex_lock(&d->lock);
    d->level = n ? buf[0] : 0;
    d->events++;
    pthread_mutex_unlock(&d->lock);
    return (ssize_t)n;
}

static long d_ioctl(struct file *f, unsigned int cmd, unsigned long arg)
{
    struct my_dev *d = f->private_data;
    long ret = 0;
    if (cmd == 1) {
        pthread_mutex_lock(&d->lock);
        d->threshold = (int)arg;
        pthread_mutex_unlock(&d->lock);
    } else {
        pthread_mutex_lock(&d->lock);
        ret = d->events;
        pthread_mutex_unlock(&d->lock);
    }
    return ret;
}

static const struct file_operations fops = { d_open, d_read, d_write, d_ioctl };

static void *harness_thread(void *arg)
{
    struct file *f = arg;
    char c = 5;
    int i;
    fops.open(f);
    for (i = 0; i < 300; i++) {
        switch (nondet() % 4) {
        case 0: fops.read(f, &c, 1); break;
        case 1: fops.write(f, &c, 1); break;
        case 2: fops.unlocked_ioctl(f, 1, (unsigned long)(nondet() % 10)); break;
        default: fops.unlocked_ioctl(f, 2, 0); break;
        }
        usleep(20);
    }
    return NULL;
}

int main(void)
{
    static struct my_dev dev = { .lock = PTHREAD_MUTEX_INITIALIZER };
    struct file f1 = { &dev }, f2 = { &dev };
    pthread_t a, b;
    srand(87);
    pthread_create(&a, NULL, harness_thread, &f1);
    pthread_create(&b, NULL, harness_thread, &f2);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("opens=%d events=%ld\n", dev.opens, dev.events);
    return 0;
}
