/* TRUTH: free — the rx/tx threads touch only their own counters without locks, and module exit reads and clears them only after joining both threads */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

struct loop_dev {
    unsigned long rx_frames;
    unsigned long tx_frames;
    unsigned long total;
    pthread_t rx_thr, tx_thr;
};

static struct loop_dev ldev;

static void *rx_fn(void *a) { struct loop_dev *d = a; for (int i = 0; i < 30; i++) { d->rx_frames++; usleep(5); } return NULL; }
static void *tx_fn(void *a) { struct loop_dev *d = a; for (int i = 0; i < 20; i++) { d->tx_frames += 2; usleep(5); } return NULL; }

static int loop_init(struct loop_dev *d) {
    d->rx_frames = d->tx_frames = 0;
    pthread_create(&d->rx_thr, NULL, rx_fn, d);
    pthread_create(&d->tx_thr, NULL, tx_fn, d);
    return 0;
}

static void loop_exit(struct loop_dev *d) {
    pthread_join(d->rx_thr, NULL);
    pthread_join(d->tx_thr, NULL);
    d->total = d->rx_frames + d->tx_frames;
    d->rx_frames = d->tx_frames = 0;
}

int main(void) {
    loop_init(&ldev);
    loop_exit(&ldev);
    printf("%lu\n", ldev.total);
    return 0;
}
