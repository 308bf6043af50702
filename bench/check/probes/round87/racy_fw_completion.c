/* racy_fw_completion.c: RACY. my_open checks d->fw_version BEFORE wait_for_completion() as a "quick sanity
 * check", racing with the loader thread's unsynchronised write of fw_version. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

struct completion {
    pthread_mutex_t lock;
    pthread_cond_t cond;
    int done;
};

static void init_completion(struct completion *c)
{
    pthread_mutex_init(&c->lock, NULL);
    pthread_cond_init(&c->cond, NULL);
    c->done = 0;
}

static void complete(struct completion *c)
{
    pthread_mutex_lock(&c->lock);
    c->done = 1;
    pthread_cond_broadcast(&c->cond);
    pthread_mutex_unlock(&c->lock);
}

static void wait_for_completion(struct completion *c)
{
    pthread_mutex_lock(&c->lock);
    while (!c->done)
        pthread_cond_wait(&c->cond, &c->lock);
    pthread_mutex_unlock(&c->lock);
}

struct my_dev {
    struct completion fw_ready;
    unsigned char fw_data[64];
    size_t fw_size;
    int fw_version;
};

struct file {
    void *private_data;
};

static void *fw_loader(void *arg)
{
    struct my_dev *d = arg;
    size_t i;
    for (i = 0; i < sizeof d->fw_data; i++)
        d->fw_data[i] = (unsigned char)(i * 7);
    d->fw_size = sizeof d->fw_data;
    d->fw_version = 3;
    complete(&d->fw_ready);
    return NULL;
}

static int my_open(struct file *f)
{
    struct my_dev *d = f->private_data;
    unsigned sum = 0;
    size_t i;
    if (d->fw_version == 1)       /* old firmware: refuse early */
        return -1;
    wait_for_completion(&d->fw_ready);
    for (i = 0; i < d->fw_size; i++)
        sum += d->fw_data[i];
    return (int)(sum & 0x7fff);
}

static void *opener(void *arg)
{
    struct file *f = arg;
    return (void *)(long)my_open(f);
}

int main(void)
{
    static struct my_dev dev;
    struct file f1, f2;
    pthread_t tl, t1, t2;
    void *r1, *r2;
    init_completion(&dev.fw_ready);
    f1.private_data = &dev;
    f2.private_data = &dev;
    pthread_create(&t1, NULL, opener, &f1);
    pthread_create(&t2, NULL, opener, &f2);
    pthread_create(&tl, NULL, fw_loader, &dev);
    pthread_join(tl, NULL);
    pthread_join(t1, &r1);
    pthread_join(t2, &r2);
    printf("open1=%ld open2=%ld\n", (long)r1, (long)r2);
    return 0;
}
