/* TRUTH: racy — the xmit path takes the config rwlock for reading (it only "reads" the config) but also bumps dev->tx_count, so two xmit threads write it concurrently under a shared read lock */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

struct wlan_dev {
    pthread_rwlock_t cfg_lock;
    int channel;
    int txpower;
    unsigned long tx_count;
};

static struct wlan_dev wdev = { PTHREAD_RWLOCK_INITIALIZER, 6, 20, 0 };

static int wlan_xmit(struct wlan_dev *d, int len) {
    int ch;
    pthread_rwlock_rdlock(&d->cfg_lock);
    ch = d->channel;
    d->tx_count++;
    usleep(20);
    pthread_rwlock_unlock(&d->cfg_lock);
    return ch + len;
}

static void wlan_set_channel(struct wlan_dev *d, int ch) {
    pthread_rwlock_wrlock(&d->cfg_lock);
    d->channel = ch;
    pthread_rwlock_unlock(&d->cfg_lock);
}

static void *tx_queue(void *a) { for (int i = 0; i < 30; i++) wlan_xmit(a, 100); return NULL; }
static void *iw_tool(void *a) { usleep(2000); wlan_set_channel(a, 11); return NULL; }

int main(void) {
    pthread_t q0, q1, t;
    pthread_create(&q0, NULL, tx_queue, &wdev);
    pthread_create(&q1, NULL, tx_queue, &wdev);
    pthread_create(&t, NULL, iw_tool, &wdev);
    pthread_join(q0, NULL);
    pthread_join(q1, NULL);
    pthread_join(t, NULL);
    printf("%lu %d\n", wdev.tx_count, wdev.channel);
    return 0;
}
