/* TRUTH: free — every fops handler reached through the ops table takes dev->mutex (via container_of from the inode's cdev) before touching the shared ring */
#include <pthread.h>
#include <stdio.h>
#include <stddef.h>
#include <string.h>
#include <unistd.h>

#define container_of(ptr, type, member) ((type *)((char *)(ptr) - offsetof(type, member)))

struct cdev { int major, minor; };
struct inode { struct cdev *i_cdev; };
struct file { void *private_data; };
struct file_operations {
    int  (*open)(struct inode *, struct file *);
    long (*read)(struct file *, char *, long);
    long (*write)(struct file *, const char *, long);
    long (*unlocked_ioctl)(struct file *, unsigned, unsigned long);
    int  (*release)(struct inode *, struct file *);
};

struct ring_dev {
    pthread_mutex_t mutex;
    struct cdev cdev;
    char ring[64];
    int head, tail;
    int users;
};

static struct ring_dev rdev = { .mutex = PTHREAD_MUTEX_INITIALIZER, .cdev = { 240, 0 } };
static struct inode rinode = { &rdev.cdev };

static int ring_open(struct inode *ino, struct file *f) {
    struct ring_dev *d = container_of(ino->i_cdev, struct ring_dev, cdev);
    f->private_data = d;
    pthread_mutex_lock(&d->mutex);
    d->users++;
    pthread_mutex_unlock(&d->mutex);
    return 0;
}
static long ring_read(struct file *f, char *buf, long n) {
    struct ring_dev *d = f->private_data;
    long got = 0;
    pthread_mutex_lock(&d->mutex);
    while (got < n && d->tail != d->head) { buf[got++] = d->ring[d->tail]; d->tail = (d->tail + 1) % 64; }
    pthread_mutex_unlock(&d->mutex);
    return got;
}
static long ring_write(struct file *f, const char *buf, long n) {
    struct ring_dev *d = f->private_data;
    long put = 0;
    pthread_mutex_lock(&d->mutex);
    while (put < n && (d->head + 1) % 64 != d->tail) { d->ring[d->head] = buf[put++]; d->head = (d->head + 1) % 64; }
    pthread_mutex_unlock(&d->mutex);
    return put;
}
static long ring_ioctl(struct file *f, unsigned cmd, unsigned long arg) {
    struct ring_dev *d = f->private_data;
    long r;
    (void)arg;
    pthread_mutex_lock(&d->mutex);
    if (cmd == 1) { d->head = d->tail = 0; r = 0; }
    else r = (d->head - d->tail + 64) % 64;
    pthread_mutex_unlock(&d->mutex);
    return r;
}
static int ring_release(struct inode *ino, struct file *f) {
    struct ring_dev *d = container_of(ino->i_cdev, struct ring_dev, cdev);
    (void)f;
    pthread_mutex_lock(&d->mutex);
    d->users--;
    pthread_mutex_unlock(&d->mutex);
    return 0;
}

static const struct file_operations ring_fops = {
    .open = ring_open, .read = ring_read, .write = ring_write,
    .unlocked_ioctl = ring_ioctl, .release = ring_release,
};

static void *producer(void *a) {
    const struct file_operations *fo = a;
    struct file f;
    fo->open(&rinode, &f);
    for (int i = 0; i < 20; i++) { fo->write(&f, "abcd", 4); usleep(10); }
    fo->release(&rinode, &f);
    return NULL;
}
static void *consumer(void *a) {
    const struct file_operations *fo = a;
    struct file f;
    char buf[8];
    long total = 0;
    fo->open(&rinode, &f);
    for (int i = 0; i < 20; i++) { total += fo->read(&f, buf, 8); fo->unlocked_ioctl(&f, 2, 0); usleep(10); }
    fo->unlocked_ioctl(&f, 1, 0);
    fo->release(&rinode, &f);
    return (void *)total;
}

int main(void) {
    pthread_t p, c;
    pthread_create(&p, NULL, producer, (void *)&ring_fops);
    pthread_create(&c, NULL, consumer, (void *)&ring_fops);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    printf("users=%d\n", rdev.users);
    return 0;
}
