/* racy_atomic_stats.c: RACY. the irq-side tx completion resets nd->txq_len without taking tx_lock (the stats
 * stay atomic), racing with my_xmit's locked nd->txq_len++ on the stack thread. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

#define TXQ 16

struct sk_buff {
    int len;
};

struct net_device_stats {
    atomic_long rx_packets;
    atomic_long tx_packets;
    atomic_long tx_dropped;
};

struct net_device {
    pthread_mutex_t tx_lock;
    struct sk_buff *txq[TXQ];
    int txq_len;
    struct net_device_stats stats;
};

struct net_device_ops {
    int (*ndo_start_xmit)(struct sk_buff *, struct net_device *);
    long (*ndo_get_stats)(struct net_device *);
};

static int my_xmit(struct sk_buff *skb, struct net_device *nd)
{
    int ok = 0;
    pthread_mutex_lock(&nd->tx_lock);
    if (nd->txq_len < TXQ) {
        nd->txq[nd->txq_len++] = skb;
        ok = 1;
    }
    pthread_mutex_unlock(&nd->tx_lock);
    if (ok)
        atomic_fetch_add(&nd->stats.tx_packets, 1);
    else
        atomic_fetch_add(&nd->stats.tx_dropped, 1);
    return ok ? 0 : 1;
}

static long my_get_stats(struct net_device *nd)
{
    return atomic_load(&nd->stats.rx_packets) + atomic_load(&nd->stats.tx_packets) +
           atomic_load(&nd->stats.tx_dropped);
}

static const struct net_device_ops my_netdev_ops = {
    .ndo_start_xmit = my_xmit,
    .ndo_get_stats = my_get_stats,
};

/* irq: tx completion + rx */
static void my_irq(struct net_device *nd)
{
    nd->txq_len = 0;
    atomic_fetch_add(&nd->stats.rx_packets, 1);
}

static void *stack_thread(void *arg)
{
    struct net_device *nd = arg;
    static struct sk_buff skb = { 60 };
    long acc = 0;
    int i;
    for (i = 0; i < 400; i++) {
        my_netdev_ops.ndo_start_xmit(&skb, nd);
        acc += my_netdev_ops.ndo_get_stats(nd);
    }
    return (void *)acc;
}

static void *irq_thread(void *arg)
{
    struct net_device *nd = arg;
    int i;
    for (i = 0; i < 100; i++)
        my_irq(nd);
    return NULL;
}

int main(void)
{
    static struct net_device nd = { .tx_lock = PTHREAD_MUTEX_INITIALIZER };
    pthread_t ts, ti;
    atomic_init(&nd.stats.rx_packets, 0);
    atomic_init(&nd.stats.tx_packets, 0);
    atomic_init(&nd.stats.tx_dropped, 0);
    pthread_create(&ts, NULL, stack_thread, &nd);
    pthread_create(&ti, NULL, irq_thread, &nd);
    pthread_join(ts, NULL);
    pthread_join(ti, NULL);
    printf("stats=%ld\n", my_get_stats(&nd));
    return 0;
}
