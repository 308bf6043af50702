/* racy_shared_fpos.c: RACY. mem_llseek computes and stores f->f_pos without the device lock, racing with
 * mem_read's locked read-modify-write of the same f->f_pos (the struct file on main's stack is shared). */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <sys/types.h>

#define SEEK_SET_ 0
#define SEEK_CUR_ 1
#define DEV_SIZE 128

struct file {
    void *private_data;
    long f_pos;
};

struct my_dev {
    pthread_mutex_t lock;
    char mem[DEV_SIZE];
};

struct file_operations {
    ssize_t (*read)(struct file *, char *, size_t);
    long (*llseek)(struct file *, long, int);
};

static ssize_t mem_read(struct file *f, char *dst, size_t n)
{
    struct my_dev *d = f->private_data;
    size_t c = 0;
    pthread_mutex_lock(&d->lock);
    if (f->f_pos < DEV_SIZE) {
        c = (size_t)(DEV_SIZE - f->f_pos);
        if (c > n)
            c = n;
        memcpy(dst, d->mem + f->f_pos, c);
        f->f_pos += (long)c;
    }
    pthread_mutex_unlock(&d->lock);
    return (ssize_t)c;
}

static long mem_llseek(struct file *f, long off, int whence)
{
    struct my_dev *d = f->private_data;
    long newpos;
    (void)d;
    newpos = (whence == SEEK_CUR_) ? f->f_pos + off : off;
    if (newpos < 0)
        newpos = 0;
    if (newpos > DEV_SIZE)
        newpos = DEV_SIZE;
    f->f_pos = newpos;
    return newpos;
}

static const struct file_operations mem_fops = {
    .read = mem_read,
    .llseek = mem_llseek,
};

struct task {
    struct file *filp;
    const struct file_operations *fops;
    int seeker;
};

static void *task_fn(void *arg)
{
    struct task *t = arg;
    char buf[8];
    long acc = 0;
    int i;
    for (i = 0; i < 300; i++) {
        if (t->seeker)
            acc += t->fops->llseek(t->filp, i % 3 ? 4 : 0, i % 3 ? SEEK_CUR_ : SEEK_SET_);
        else
            acc += t->fops->read(t->filp, buf, sizeof buf);
    }
    return (void *)acc;
}

int main(void)
{
    struct my_dev dev;
    struct file f;
    struct task ta, tb;
    pthread_t a, b;

    pthread_mutex_init(&dev.lock, NULL);
    memset(dev.mem, 'm', sizeof dev.mem);
    f.private_data = &dev;
    f.f_pos = 0;
    ta.filp = &f; ta.fops = &mem_fops; ta.seeker = 1;
    tb.filp = &f; tb.fops = &mem_fops; tb.seeker = 0;

    pthread_create(&a, NULL, task_fn, &ta);
    pthread_create(&b, NULL, task_fn, &tb);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("final pos=%ld\n", f.f_pos);
    pthread_mutex_destroy(&dev.lock);
    return 0;
}
