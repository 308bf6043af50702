/* free_trylock_busy.c: RACE-FREE. The ioctl uses pthread_mutex_trylock and touches d->cfg only when it got the
 * lock; the -EBUSY path counts contention with __atomic_fetch_add, and busy_hits is read atomically. */
#include <pthread.h>
#include <unistd.h>
#include <stdio.h>

#define EBUSY 16
#define CMD_CFG  0x10
#define CMD_STAT 0x11

struct my_dev {
    pthread_mutex_t lock;
    int cfg[4];
    int cfg_writes;
    unsigned busy_hits;
};

struct file {
    struct my_dev *dev;
    int id;
};

static long my_ioctl(struct file *f, unsigned cmd, unsigned long arg)
{
    struct my_dev *d = f->dev;
    long ret = 0;
    if (pthread_mutex_trylock(&d->lock) != 0) {
        __atomic_fetch_add(&d->busy_hits, 1, __ATOMIC_RELAXED);
        return -EBUSY;
    }
    switch (cmd) {
    case CMD_CFG:
        d->cfg[arg & 3] = (int)arg;
        d->cfg_writes++;
        usleep(5);               /* slow register write */
        break;
    case CMD_STAT:
        ret = d->cfg_writes;
        break;
    default:
        ret = -1;
    }
    pthread_mutex_unlock(&d->lock);
    return ret;
}

static const char *cmd_name(unsigned cmd)
{
    switch (cmd) {
    case CMD_CFG:
        return "CFG";
    case CMD_STAT:
        return "STAT";
    default:
        return "?";
    }
}

static unsigned read_busy(struct my_dev *d)
{
    return __atomic_load_n(&d->busy_hits, __ATOMIC_RELAXED);
}

static void *user(void *arg)
{
    struct file *f = arg;
    unsigned long i;
    long acc = 0;
    for (i = 0; i < 2000; i++) {
        long r = my_ioctl(f, (i & 1) ? CMD_CFG : CMD_STAT, i + (unsigned long)f->id);
        if (r == -EBUSY)
            acc++;
    }
    return (void *)acc;
}

int main(void)
{
    static struct my_dev dev = { .lock = PTHREAD_MUTEX_INITIALIZER };
    struct file fa = { &dev, 0 }, fb = { &dev, 1 };
    pthread_t a, b;
    pthread_create(&a, NULL, user, &fa);
    pthread_create(&b, NULL, user, &fb);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("writes=%d busy=%u (%s/%s)\n", dev.cfg_writes, read_busy(&dev),
           cmd_name(CMD_CFG), cmd_name(CMD_STAT));
    return 0;
}
