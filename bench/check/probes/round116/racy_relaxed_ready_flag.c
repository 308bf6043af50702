/* TRUTH: racy — probe publishes dev->fw_version behind an atomic 'ready' flag but with memory_order_relaxed, so the handler's plain read of fw_version is not ordered after the write */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <unistd.h>

struct fw_dev {
    atomic_int ready;
    unsigned fw_version;
    unsigned caps;
};

static struct fw_dev fwd;

static void fw_load_done(struct fw_dev *d, unsigned ver) {
    d->fw_version = ver;
    d->caps = 0x3;
    atomic_store_explicit(&d->ready, 1, memory_order_relaxed);
}

static long fw_ioctl_get_version(struct fw_dev *d) {
    while (!atomic_load_explicit(&d->ready, memory_order_relaxed))
        usleep(20);
    return (long)d->fw_version;
}

static void *loader(void *a) { usleep(200); fw_load_done(a, 0x0102); return NULL; }
static void *client(void *a) { return (void *)fw_ioctl_get_version(a); }

int main(void) {
    pthread_t l, c;
    void *r;
    pthread_create(&c, NULL, client, &fwd);
    pthread_create(&l, NULL, loader, &fwd);
    pthread_join(l, NULL);
    pthread_join(c, &r);
    printf("%lx\n", (long)r);
    return 0;
}
