/* TRUTH: racy — module exit tears down dev->rx_ring_size before it stops (joins) the polling thread, which still reads it */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <unistd.h>

struct poll_dev {
    atomic_int stop;
    unsigned rx_ring_size;
    unsigned polled;
    pthread_t poll_thread;
};

static struct poll_dev pdev;

static void *poll_fn(void *arg) {
    struct poll_dev *d = arg;
    while (!atomic_load(&d->stop)) {
        if (d->rx_ring_size)
            d->polled++;
        usleep(50);
    }
    return NULL;
}

static int pdrv_init(void) {
    pdev.rx_ring_size = 256;
    return pthread_create(&pdev.poll_thread, NULL, poll_fn, &pdev);
}

static void pdrv_exit(void) {
    pdev.rx_ring_size = 0;              /* free ring first ... */
    atomic_store(&pdev.stop, 1);        /* ... then stop the poller */
    pthread_join(pdev.poll_thread, NULL);
}

int main(void) {
    pdrv_init();
    usleep(500);
    pdrv_exit();
    printf("%u\n", pdev.polled);
    return 0;
}
