/* racy_ready_publish.c: RACY. the ready flag is a plain volatile int: the store in calibrate() and the spinning
 * load in cal_ioctl race (volatile is not atomic), and so do cal[]/cal_count, which are no longer published. */
#include <pthread.h>
#include <sched.h>
#include <stdio.h>

#define NCAL 8
#define CMD_READ_CAL 0x77

struct my_dev {
    volatile int ready;        /* "volatile is enough" */
    int cal[NCAL];
    int cal_count;
};

struct file {
    struct my_dev *dev;
};

struct file_operations {
    long (*unlocked_ioctl)(struct file *, unsigned, unsigned long);
};

static void calibrate(struct my_dev *d)
{
    int i;
    for (i = 0; i < NCAL; i++)
        d->cal[i] = 100 + i * 3;
    d->cal_count = NCAL;
    d->ready = 1;
}

static long cal_ioctl(struct file *f, unsigned cmd, unsigned long arg)
{
    struct my_dev *d = f->dev;
    if (cmd != CMD_READ_CAL)
        return -1;
    while (!d->ready)
        sched_yield();
    if (arg >= (unsigned long)d->cal_count)
        return -1;
    return d->cal[arg];
}

static const struct file_operations cal_fops = { .unlocked_ioctl = cal_ioctl };

static void *init_work(void *arg)
{
    calibrate(arg);
    return NULL;
}

struct user_ctx {
    struct file filp;
    const struct file_operations *fops;
};

static void *user(void *arg)
{
    struct user_ctx *u = arg;
    long acc = 0;
    unsigned long i;
    for (i = 0; i < 40; i++)
        acc += u->fops->unlocked_ioctl(&u->filp, CMD_READ_CAL, i % NCAL);
    return (void *)acc;
}

int main(void)
{
    static struct my_dev dev;
    struct user_ctx u1, u2;
    pthread_t tw, ta, tb;
    u1.filp.dev = &dev; u1.fops = &cal_fops;
    u2.filp.dev = &dev; u2.fops = &cal_fops;
    pthread_create(&ta, NULL, user, &u1);
    pthread_create(&tb, NULL, user, &u2);
    pthread_create(&tw, NULL, init_work, &dev);
    pthread_join(tw, NULL);
    pthread_join(ta, NULL);
    pthread_join(tb, NULL);
    printf("ready=%d cal0=%d\n", dev.ready, dev.cal[0]);
    return 0;
}
