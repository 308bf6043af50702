/* TRUTH: free — xmit paths only read the config under the read lock and count packets under a separate stats mutex; the tool writes the config under the write lock */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

struct wlan_dev {
    pthread_rwlock_t cfg_lock;
    pthread_mutex_t stats_lock;
    int channel;
    int txpower;
    unsigned long tx_count;
};

static struct wlan_dev wdev = { PTHREAD_RWLOCK_INITIALIZER, PTHREAD_MUTEX_INITIALIZER, 6, 20, 0 };

static int wlan_xmit(struct wlan_dev *d, int len) {
    int ch, pw;
    pthread_rwlock_rdlock(&d->cfg_lock);
    ch = d->channel;
    pw = d->txpower;
    usleep(20);
    pthread_rwlock_unlock(&d->cfg_lock);
    pthread_mutex_lock(&d->stats_lock);
    d->tx_count++;
    pthread_mutex_unlock(&d->stats_lock);
    return ch + pw + len;
}

static void wlan_set_channel(struct wlan_dev *d, int ch, int pw) {
    pthread_rwlock_wrlock(&d->cfg_lock);
    d->channel = ch;
    d->txpower = pw;
    pthread_rwlock_unlock(&d->cfg_lock);
}

static void *tx_queue(void *a) { for (int i = 0; i < 10; i++) wlan_xmit(a, 100); return NULL; }
static void *iw_tool(void *a) { wlan_set_channel(a, 11, 17); return NULL; }

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
