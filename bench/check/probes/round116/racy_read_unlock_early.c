/* TRUTH: racy — the read handler drops dev->lock after sampling buf_len but copies dev->buf afterwards, while write() refills buf under the lock */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

struct msg_dev {
    pthread_mutex_t lock;
    int buf_len;
    char buf[64];
};

static struct msg_dev mdev = { .lock = PTHREAD_MUTEX_INITIALIZER };

static long msg_write(struct msg_dev *d, const char *src, int n) {
    if (n > 64) n = 64;
    pthread_mutex_lock(&d->lock);
    memcpy(d->buf, src, (size_t)n);
    d->buf_len = n;
    pthread_mutex_unlock(&d->lock);
    return n;
}

/* user copy: may fault and sleep */
static void copy_to_user(char *dst, const char *src, int n) {
    usleep(30);                 /* page fault */
    memcpy(dst, src, (size_t)n);
}

static long msg_read(struct msg_dev *d, char *dst, int n) {
    int len;
    pthread_mutex_lock(&d->lock);
    len = d->buf_len;
    pthread_mutex_unlock(&d->lock);
    if (len > n) len = n;
    copy_to_user(dst, d->buf, len);         /* outside the lock */
    return len;
}

static void *writer(void *a) { for (int i = 0; i < 40; i++) { msg_write(a, "hello, driver world", 19); usleep(20); } return NULL; }
static void *reader(void *a) {
    char out[64];
    long sum = 0;
    for (int i = 0; i < 40; i++) {
        long n = msg_read(a, out, 64);
        for (long k = 0; k < n; k++) sum += out[k];
        usleep(20);
    }
    return (void *)sum;
}

int main(void) {
    pthread_t w, r;
    msg_write(&mdev, "init", 4);
    pthread_create(&w, NULL, writer, &mdev);
    pthread_create(&r, NULL, reader, &mdev);
    pthread_join(w, NULL);
    void *sum;
    pthread_join(r, &sum);
    printf("%d %ld\n", mdev.buf_len, (long)sum);
    return 0;
}
