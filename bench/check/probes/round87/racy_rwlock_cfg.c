/* racy_rwlock_cfg.c: RACY. the SET_CONFIG ioctl takes cfg_lock only for READING and then writes d->cfg; a read
 * lock does not exclude the reader/irq threads' read locks, so cfg.baud races. */
#include <pthread.h>
#include <stdio.h>
#include <sys/types.h>

#define SET_CONFIG 0x40

struct dev_config {
    int baud;
    int parity;
    int stop_bits;
};

struct my_dev {
    pthread_rwlock_t cfg_lock;
    struct dev_config cfg;
    unsigned cfg_version;
};

struct file {
    void *private_data;
};

static ssize_t my_read_cfg(struct file *f, struct dev_config *out)
{
    struct my_dev *d = f->private_data;
    pthread_rwlock_rdlock(&d->cfg_lock);
    *out = d->cfg;
    pthread_rwlock_unlock(&d->cfg_lock);
    return sizeof *out;
}

static long my_ioctl(struct file *f, unsigned cmd, unsigned long arg)
{
    struct my_dev *d = f->private_data;
    if (cmd != SET_CONFIG)
        return -1;
    pthread_rwlock_rdlock(&d->cfg_lock);
    d->cfg.baud = (int)arg;
    d->cfg.parity = (int)(arg & 1);
    d->cfg_version++;
    pthread_rwlock_unlock(&d->cfg_lock);
    return 0;
}

static int irq_lookup_baud(struct my_dev *d)
{
    int b;
    pthread_rwlock_rdlock(&d->cfg_lock);
    b = d->cfg.baud;
    pthread_rwlock_unlock(&d->cfg_lock);
    return b;
}

static void *reader(void *arg)
{
    struct file *f = arg;
    struct dev_config c;
    long acc = 0;
    int i;
    for (i = 0; i < 300; i++) {
        my_read_cfg(f, &c);
        acc += c.baud;
    }
    return (void *)acc;
}

static void *configurator(void *arg)
{
    struct file *f = arg;
    unsigned long i;
    for (i = 0; i < 300; i++)
        my_ioctl(f, SET_CONFIG, 9600 + i);
    return NULL;
}

static void *irq(void *arg)
{
    struct my_dev *d = arg;
    long acc = 0;
    int i;
    for (i = 0; i < 300; i++)
        acc += irq_lookup_baud(d);
    return (void *)acc;
}

int main(void)
{
    struct my_dev dev;
    struct file fr, fw;
    pthread_t t1, t2, t3;
    pthread_rwlock_init(&dev.cfg_lock, NULL);
    dev.cfg.baud = 9600;
    dev.cfg.parity = 0;
    dev.cfg.stop_bits = 1;
    dev.cfg_version = 0;
    fr.private_data = &dev;
    fw.private_data = &dev;
    pthread_create(&t1, NULL, reader, &fr);
    pthread_create(&t2, NULL, configurator, &fw);
    pthread_create(&t3, NULL, irq, &dev);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    pthread_join(t3, NULL);
    printf("version=%u baud=%d\n", dev.cfg_version, dev.cfg.baud);
    pthread_rwlock_destroy(&dev.cfg_lock);
    return 0;
}
