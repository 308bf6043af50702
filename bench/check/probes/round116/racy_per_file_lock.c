/* TRUTH: racy — open/release protect the device-wide open_count with the per-file mutex (file->f_lock), so two files opened on the same device use different locks */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

struct inode { void *i_private; };
struct file {
    pthread_mutex_t f_lock;
    void *private_data;
    long f_pos;
};

struct tty_dev {
    pthread_mutex_t port_lock;
    int open_count;
    char buf[32];
};

static struct tty_dev ttyd = { .port_lock = PTHREAD_MUTEX_INITIALIZER };
static struct inode tty_inode = { &ttyd };

static int tty_open(struct inode *ino, struct file *f) {
    struct tty_dev *t = ino->i_private;
    f->private_data = t;
    pthread_mutex_lock(&f->f_lock);
    t->open_count++;
    f->f_pos = 0;
    pthread_mutex_unlock(&f->f_lock);
    return 0;
}

static int tty_release(struct inode *ino, struct file *f) {
    struct tty_dev *t = f->private_data;
    (void)ino;
    pthread_mutex_lock(&f->f_lock);
    t->open_count--;
    pthread_mutex_unlock(&f->f_lock);
    return 0;
}

static struct file files[2] = {
    { .f_lock = PTHREAD_MUTEX_INITIALIZER },
    { .f_lock = PTHREAD_MUTEX_INITIALIZER },
};

static void *session(void *arg) {
    struct file *f = arg;
    for (int i = 0; i < 10; i++) {
        tty_open(&tty_inode, f);
        usleep(30);
        tty_release(&tty_inode, f);
    }
    return NULL;
}

int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, session, &files[0]);
    pthread_create(&b, NULL, session, &files[1]);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", ttyd.open_count);
    return 0;
}
