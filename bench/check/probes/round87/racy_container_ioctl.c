/* racy_container_ioctl.c: RACY. the CMD_RESET path of my_ioctl clears d->regs and bumps d->resets without d->lock,
 * racing with CMD_SET/CMD_GET (locked) and CMD_RESET in the other thread. */
#include <pthread.h>
#include <stddef.h>
#include <stdio.h>

#define container_of(ptr, type, member) \
    ((type *)((char *)(ptr) - offsetof(type, member)))

#define CMD_SET   1
#define CMD_GET   2
#define CMD_RESET 3
#define EINVAL    22

struct cdev {
    int major, minor;
    const void *ops;
};

struct inode {
    struct cdev *i_cdev;
    unsigned long i_ino;
};

struct file {
    struct inode *f_inode;
    void *private_data;
};

struct my_dev {
    int id;
    struct cdev cdev;
    pthread_mutex_t lock;
    long regs[4];
    int resets;
};

static int my_open(struct inode *inode, struct file *filp)
{
    struct my_dev *d = container_of(inode->i_cdev, struct my_dev, cdev);
    filp->f_inode = inode;
    filp->private_data = d;
    return 0;
}

static long my_ioctl(struct file *filp, unsigned int cmd, unsigned long arg)
{
    struct my_dev *d = filp->private_data;
    long ret = 0;

    switch (cmd) {
    case CMD_SET:
        pthread_mutex_lock(&d->lock);
        d->regs[arg & 3] = (long)arg;
        pthread_mutex_unlock(&d->lock);
        break;
    case CMD_GET:
        pthread_mutex_lock(&d->lock);
        ret = d->regs[arg & 3];
        pthread_mutex_unlock(&d->lock);
        break;
    case CMD_RESET:
        d->regs[0] = d->regs[1] = d->regs[2] = d->regs[3] = 0;
        d->resets++;
        break;
    default:
        ret = -EINVAL;
    }
    return ret;
}

static struct my_dev the_dev = {
    .id = 7,
    .cdev = { .major = 240, .minor = 0, .ops = NULL },
    .lock = PTHREAD_MUTEX_INITIALIZER,
};
static struct inode the_inode = { .i_cdev = &the_dev.cdev, .i_ino = 1 };

struct targ {
    struct inode *inode;
    unsigned int first_cmd;
};

static void *user(void *arg)
{
    struct targ *ta = arg;
    struct file filp;
    long acc = 0;
    unsigned long i;
    my_open(ta->inode, &filp);
    for (i = 0; i < 300; i++) {
        unsigned int cmd = (unsigned int)((ta->first_cmd + i) % 3) + 1;
        acc += my_ioctl(&filp, cmd, i);
    }
    return (void *)acc;
}

int main(void)
{
    pthread_t a, b;
    struct targ ta = { &the_inode, 0 }, tb = { &the_inode, 2 };
    pthread_create(&a, NULL, user, &ta);
    pthread_create(&b, NULL, user, &tb);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("resets=%d reg0=%ld\n", the_dev.resets, the_dev.regs[0]);
    return 0;
}
