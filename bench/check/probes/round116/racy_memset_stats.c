/* TRUTH: racy — the ethtool "reset stats" path memsets the whole stats block under cfg_mutex, while the rx irq updates stats.rx_packets under stats_lock */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

struct net_stats { unsigned long rx_packets, rx_bytes, tx_packets, tx_bytes; };

struct eth_priv {
    pthread_mutex_t stats_lock;
    pthread_mutex_t cfg_mutex;
    struct net_stats stats;
    int mtu;
};

struct net_device { char name[16]; void *priv; };

static struct net_device ndev;
static struct eth_priv eth_storage;

static void *netdev_priv(struct net_device *d) { return d->priv; }

static void eth_rx_irq(struct net_device *nd, unsigned len) {
    struct eth_priv *p = netdev_priv(nd);
    pthread_mutex_lock(&p->stats_lock);
    p->stats.rx_packets++;
    p->stats.rx_bytes += len;
    pthread_mutex_unlock(&p->stats_lock);
}

static void eth_reset_stats(struct net_device *nd) {
    struct eth_priv *p = netdev_priv(nd);
    pthread_mutex_lock(&p->cfg_mutex);
    memset(&p->stats, 0, sizeof(p->stats));
    pthread_mutex_unlock(&p->cfg_mutex);
}

static void *rx_thread(void *a) { for (int i = 0; i < 15; i++) { eth_rx_irq(a, 64); usleep(60); } return NULL; }
static void *tool_thread(void *a) { for (int i = 0; i < 5; i++) { usleep(150); eth_reset_stats(a); } return NULL; }

int main(void) {
    pthread_t a, b;
    ndev.priv = &eth_storage;
    pthread_mutex_init(&eth_storage.stats_lock, NULL);
    pthread_mutex_init(&eth_storage.cfg_mutex, NULL);
    eth_storage.mtu = 1500;
    pthread_create(&a, NULL, rx_thread, &ndev);
    pthread_create(&b, NULL, tool_thread, &ndev);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%lu\n", eth_storage.stats.rx_packets);
    return 0;
}
