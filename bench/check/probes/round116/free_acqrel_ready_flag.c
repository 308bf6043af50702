/* TRUTH: free — the firmware fields are written before a release store of dev->ready and read only after an acquire load sees it set */
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
    atomic_store_explicit(&d->ready, 1, memory_order_release);
}

static long fw_ioctl_get_caps(struct fw_dev *d) {
    while (!atomic_load_explicit(&d->ready, memory_order_acquire))
        usleep(20);
    return (long)(d->fw_version << 8 | d->caps);
}

static void *loader(void *a) { usleep(200); fw_load_done(a, 0x0102); return NULL; }
static void *client(void *a) { return (void *)fw_ioctl_get_caps(a); }

int main(void) {
    pthread_t l, c1, c2;
    void *r1, *r2;
    pthread_create(&c1, NULL, client, &fwd);
    pthread_create(&c2, NULL, client, &fwd);
    pthread_create(&l, NULL, loader, &fwd);
    pthread_join(l, NULL);
    pthread_join(c1, &r1);
    pthread_join(c2, &r2);
    printf("%lx %lx\n", (long)r1, (long)r2);
    return 0;
}
