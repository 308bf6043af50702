/* TRUTH: racy — the ioctl handler resets dev->count without dev->lock while read() increments it under the lock */
#include <pthread.h>
#include <stdio.h>
#include <stddef.h>
#include <unistd.h>

#define container_of(ptr, type, member) ((type *)((char *)(ptr) - offsetof(type, member)))

struct file { void *private_data; };
struct file_operations {
    int (*open)(struct file *f);
    long (*read)(struct file *f, char *buf, long n);
    long (*ioctl)(struct file *f, unsigned cmd, unsigned long arg);
    int (*release)(struct file *f);
};

struct mydev {
    pthread_mutex_t lock;
    long count;
    int open_cnt;
};

static struct mydev the_dev;

static void dev_lock(struct mydev *d) { pthread_mutex_lock(&d->lock); }
static void dev_unlock(struct mydev *d) { pthread_mutex_unlock(&d->lock); }

static int my_open(struct file *f) {
    f->private_data = &the_dev;
    return 0;
}
static long my_read(struct file *f, char *buf, long n) {
    struct mydev *d = f->private_data;
    dev_lock(d);
    d->count += n;
    dev_unlock(d);
    buf[0] = 'x';
    return n;
}
#define MYDEV_RESET 0x100
#define MYDEV_GET   0x101
static long my_ioctl(struct file *f, unsigned cmd, unsigned long arg) {
    struct mydev *d = f->private_data;
    long r = 0;
    (void)arg;
    switch (cmd) {
    case MYDEV_GET:
        dev_lock(d);
        r = d->count;
        dev_unlock(d);
        break;
    case MYDEV_RESET:
        usleep(1000);
        d->count = 0;          /* forgot the lock */
        break;
    }
    return r;
}
static int my_release(struct file *f) { f->private_data = NULL; return 0; }

static const struct file_operations my_fops = {
    .open = my_open, .read = my_read, .ioctl = my_ioctl, .release = my_release,
};

static void *reader(void *arg) {
    const struct file_operations *ops = arg;
    struct file f;
    char buf[4];
    ops->open(&f);
    for (int i = 0; i < 10; i++) { ops->read(&f, buf, 4); usleep(300); }
    ops->ioctl(&f, MYDEV_GET, 0);
    ops->release(&f);
    return NULL;
}
static void *controller(void *arg) {
    const struct file_operations *ops = arg;
    struct file f;
    ops->open(&f);
    ops->ioctl(&f, MYDEV_RESET, 0);
    ops->release(&f);
    return NULL;
}

static int mydev_init(void) { pthread_mutex_init(&the_dev.lock, NULL); return 0; }
static void mydev_exit(void) { pthread_mutex_destroy(&the_dev.lock); }

int main(void) {
    pthread_t a, b;
    mydev_init();
    pthread_create(&a, NULL, reader, (void *)&my_fops);
    pthread_create(&b, NULL, controller, (void *)&my_fops);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("count=%ld\n", the_dev.count);
    mydev_exit();
    return 0;
}
