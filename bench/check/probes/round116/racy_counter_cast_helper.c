/* TRUTH: racy — the rx path bumps priv->rx_dropped through a generic int-counter helper (cast from unsigned *) with no lock, while ethtool resets it under stats_lock */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

struct net_device { void *priv; char name[8]; };

struct vnet_priv {
    pthread_mutex_t stats_lock;
    unsigned rx_packets;
    unsigned rx_dropped;
};

static struct vnet_priv vp = { .stats_lock = PTHREAD_MUTEX_INITIALIZER };
static struct net_device vdev = { &vp, "vnet0" };

static inline void counter_add(int *c, int v) { *c += v; }

static void vnet_rx(struct net_device *nd, int len) {
    struct vnet_priv *p = nd->priv;
    if (len > 1500) {
        counter_add((int *)&p->rx_dropped, 1);     /* fast path: no lock */
        return;
    }
    pthread_mutex_lock(&p->stats_lock);
    p->rx_packets++;
    pthread_mutex_unlock(&p->stats_lock);
}

static void vnet_reset_stats(struct vnet_priv *p) {
    pthread_mutex_lock(&p->stats_lock);
    vp.rx_packets = 0;
    vp.rx_dropped = 0;
    pthread_mutex_unlock(&p->stats_lock);
}

static void *rx_thread(void *a) { for (int i = 0; i < 30; i++) { vnet_rx(a, (i & 1) ? 9000 : 64); usleep(15); } return NULL; }
static void *ethtool_thread(void *a) { for (int i = 0; i < 10; i++) { vnet_reset_stats(a); usleep(40); } return NULL; }

int main(void) {
    pthread_t r, e;
    pthread_create(&r, NULL, rx_thread, &vdev);
    pthread_create(&e, NULL, ethtool_thread, &vp);
    pthread_join(r, NULL);
    pthread_join(e, NULL);
    printf("%u %u\n", vp.rx_packets, vp.rx_dropped);
    return 0;
}
