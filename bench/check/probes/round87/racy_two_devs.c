/* racy_two_devs.c: RACY. dev_write locks devices[0]->lock (copy-paste from a single-device driver) instead of d->lock;
 * for minor 1 the writer holds dev0's lock while the reader holds dev1's lock, so data/size race. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

#define NDEV 2

struct my_dev {
    int minor;
    pthread_mutex_t lock;
    char data[32];
    size_t size;
    unsigned gen;
};

struct file {
    struct my_dev *dev;
    long f_pos;
};

static struct my_dev *devices[NDEV];

static ssize_t dev_write(struct file *f, const char *src, size_t n)
{
    struct my_dev *d = f->dev;
    if (n > sizeof d->data)
        n = sizeof d->data;
    pthread_mutex_lock(&devices[0]->lock);
    memcpy(d->data, src, n);
    d->size = n;
    d->gen++;
    pthread_mutex_unlock(&devices[0]->lock);
    return (ssize_t)n;
}

static ssize_t dev_read(struct file *f, char *dst, size_t n)
{
    struct my_dev *d = f->dev;
    size_t c;
    pthread_mutex_lock(&d->lock);
    c = d->size < n ? d->size : n;
    memcpy(dst, d->data, c);
    pthread_mutex_unlock(&d->lock);
    f->f_pos += (long)c;
    return (ssize_t)c;
}

struct job {
    int minor;
    int is_writer;
};

static void *job_thread(void *arg)
{
    struct job *j = arg;
    struct file f;
    char tmp[32];
    int i;
    f.dev = devices[j->minor];
    f.f_pos = 0;
    for (i = 0; i < 200; i++) {
        if (j->is_writer)
            dev_write(&f, "abcdef", 6);
        else
            dev_read(&f, tmp, sizeof tmp);
    }
    return NULL;
}

static int init_devices(void)
{
    int i;
    for (i = 0; i < NDEV; i++) {
        devices[i] = calloc(1, sizeof(struct my_dev));
        if (!devices[i])
            return -1;
        devices[i]->minor = i;
        pthread_mutex_init(&devices[i]->lock, NULL);
    }
    return 0;
}

static void exit_devices(void)
{
    int i;
    for (i = 0; i < NDEV; i++) {
        pthread_mutex_destroy(&devices[i]->lock);
        free(devices[i]);
        devices[i] = NULL;
    }
}

int main(void)
{
    pthread_t t[4];
    struct job jobs[4] = { {0, 1}, {0, 0}, {1, 1}, {1, 0} };
    int i;
    if (init_devices())
        return 1;
    for (i = 0; i < 4; i++)
        pthread_create(&t[i], NULL, job_thread, &jobs[i]);
    for (i = 0; i < 4; i++)
        pthread_join(t[i], NULL);
    printf("gen0=%u gen1=%u\n", devices[0]->gen, devices[1]->gen);
    exit_devices();
    return 0;
}
