/* racy_per_minor.c: RACY. pm_ioctl_setmode "applies the mode to all minors" by writing devs[i].mode for every
 * device, while the other thread writes its own devs[m].mode through its file: no lock, two writers. */
#include <pthread.h>
#include <unistd.h>
#include <stdio.h>
#include <string.h>
#include <sys/types.h>

#define NMINORS 2

struct my_dev {
    int minor;
    int mode;
    char scratch[16];
    long xfers;
};

struct file {
    void *private_data;
    int minor;
};

static struct my_dev devs[NMINORS];
static pthread_mutex_t stats_lock = PTHREAD_MUTEX_INITIALIZER;
static long driver_xfers;

static int pm_open(struct file *f)
{
    if (f->minor < 0 || f->minor >= NMINORS)
        return -1;
    f->private_data = &devs[f->minor];
    return 0;
}

static ssize_t pm_xfer(struct file *f, const char *src, size_t n)
{
    struct my_dev *d = f->private_data;
    if (n > sizeof d->scratch)
        n = sizeof d->scratch;
    memcpy(d->scratch, src, n);
    d->xfers++;
    pthread_mutex_lock(&stats_lock);
    driver_xfers++;
    pthread_mutex_unlock(&stats_lock);
    return (ssize_t)n;
}

static long pm_ioctl_setmode(struct file *f, int mode)
{
    int i;
    (void)f;
    for (i = 0; i < NMINORS; i++)
        devs[i].mode = mode;    /* broadcast to every minor */
    return 0;
}

static void *user(void *arg)
{
    int minor = (int)(long)arg;
    struct file f;
    int i;
    memset(&f, 0, sizeof f);
    f.minor = minor;
    if (pm_open(&f))
        return NULL;
    for (i = 0; i < 300; i++) {
        pm_xfer(&f, "payload", 7);
        usleep(20);
        if (i % 5 == 0)
            pm_ioctl_setmode(&f, i);
    }
    return NULL;
}

int main(void)
{
    pthread_t t[NMINORS];
    long m;
    for (m = 0; m < NMINORS; m++)
        devs[m].minor = (int)m;
    for (m = 0; m < NMINORS; m++)
        pthread_create(&t[m], NULL, user, (void *)m);
    for (m = 0; m < NMINORS; m++)
        pthread_join(t[m], NULL);
    printf("driver_xfers=%ld x0=%ld x1=%ld mode0=%d\n", driver_xfers, devs[0].xfers, devs[1].xfers, devs[0].mode);
    return 0;
}
