/* free_excl_open.c: RACE-FREE. Single-open device: open() claims d->in_use with an acquire atomic exchange and
 * release() hands it back with a release store AFTER the last access, so the owner's plain accesses never overlap. */
#include <pthread.h>
#include <stdio.h>
#include <sched.h>

#define EBUSY 16

struct my_dev {
    int in_use;          /* accessed only atomically */
    int owner;
    long session_bytes;
    long total_bytes;
};

struct file {
    void *private_data;
    int pid;
};

static struct my_dev excl_dev;

static int ex_open(struct file *f)
{
    struct my_dev *d = &excl_dev;
    if (__atomic_exchange_n(&d->in_use, 1, __ATOMIC_ACQUIRE))
        return -EBUSY;
    d->owner = f->pid;
    d->session_bytes = 0;
    f->private_data = d;
    return 0;
}

static long ex_write(struct file *f, long n)
{
    struct my_dev *d = f->private_data;
    d->session_bytes += n;
    return n;
}

static int ex_release(struct file *f)
{
    struct my_dev *d = f->private_data;
    d->total_bytes += d->session_bytes;
    d->owner = 0;
    __atomic_store_n(&d->in_use, 0, __ATOMIC_RELEASE);
    f->private_data = NULL;
    return 0;
}

static long ex_query(struct file *f)
{
    struct my_dev *d = f->private_data;
    if (!d)
        return -1;
    return d->session_bytes + (d->owner == f->pid ? 0 : 1000000);
}

static void *proc(void *arg)
{
    int pid = (int)(long)arg;
    int round, k, got = 0;
    for (round = 0; round < 200; round++) {
        struct file f = { NULL, pid };
        if (ex_open(&f) != 0) {
            sched_yield();
            continue;
        }
        got++;
        for (k = 0; k < 4; k++)
            ex_write(&f, 8);
        if (ex_query(&f) != 32)
            got += 1000;
        ex_release(&f);
    }
    return (void *)(long)got;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, proc, (void *)1L);
    pthread_create(&b, NULL, proc, (void *)2L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("total=%ld\n", excl_dev.total_bytes);
    return 0;
}
