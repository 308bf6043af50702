/* TRUTH: racy — DMA channel 0 is wired to the controller's global lock but channel 1 was given its own lock at probe, yet both channel handlers update the controller's shared busy_mask */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

struct dma_ctrl {
    pthread_mutex_t glock;
    unsigned busy_mask;
};

struct dma_chan {
    int id;
    pthread_mutex_t *lock;       /* lock that protects the controller state for this chan */
    pthread_mutex_t own_lock;
    struct dma_ctrl *ctrl;
    unsigned xfers;
};

static struct dma_ctrl ctrl = { PTHREAD_MUTEX_INITIALIZER, 0 };
static struct dma_chan chans[2];

static int dma_probe(void) {
    for (int i = 0; i < 2; i++) {
        chans[i].id = i;
        chans[i].ctrl = &ctrl;
        pthread_mutex_init(&chans[i].own_lock, NULL);
        /* channel 1 is "dedicated" and got its own lock */
        chans[i].lock = (i == 0) ? &ctrl.glock : &chans[i].own_lock;
    }
    return 0;
}

static void dma_start(struct dma_chan *c) {
    pthread_mutex_lock(c->lock);
    c->ctrl->busy_mask |= 1u << c->id;
    c->xfers++;
    pthread_mutex_unlock(c->lock);
}

static void dma_complete(struct dma_chan *c) {
    pthread_mutex_lock(c->lock);
    c->ctrl->busy_mask &= ~(1u << c->id);
    pthread_mutex_unlock(c->lock);
}

static void *chan_thread(void *arg) {
    struct dma_chan *c = arg;
    for (int i = 0; i < 10; i++) { dma_start(c); usleep(30); dma_complete(c); }
    return NULL;
}

int main(void) {
    pthread_t t[2];
    dma_probe();
    for (int i = 0; i < 2; i++) pthread_create(&t[i], NULL, chan_thread, &chans[i]);
    for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
    printf("%x %u %u\n", ctrl.busy_mask, chans[0].xfers, chans[1].xfers);
    return 0;
}
