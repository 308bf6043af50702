/* TRUTH: free — the packed state bitfields share one storage unit, and every writer (PM path and tx path) takes the same dev->state_lock */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

struct usbnet {
    pthread_mutex_t state_lock;
    unsigned suspended : 1;
    unsigned tx_active : 1;
    unsigned rx_halt   : 1;
    unsigned long tx_packets;
};

static struct usbnet un = { .state_lock = PTHREAD_MUTEX_INITIALIZER };

static void usbnet_set_suspended(struct usbnet *u, int on) {
    pthread_mutex_lock(&u->state_lock);
    u->suspended = on ? 1u : 0u;
    pthread_mutex_unlock(&u->state_lock);
}

static int usbnet_xmit(struct usbnet *u) {
    int sent = 0;
    pthread_mutex_lock(&u->state_lock);
    if (!u->suspended) {
        u->tx_active = 1;
        u->tx_packets++;
        u->tx_active = 0;
        sent = 1;
    }
    pthread_mutex_unlock(&u->state_lock);
    return sent;
}

static void *pm(void *a) { for (int i = 0; i < 20; i++) { usbnet_set_suspended(a, i & 1); usleep(10); } return NULL; }
static void *tx(void *a) { long s = 0; for (int i = 0; i < 20; i++) { s += usbnet_xmit(a); usleep(10); } return (void *)s; }

int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, pm, &un);
    pthread_create(&b, NULL, tx, &un);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%lu\n", un.tx_packets);
    return 0;
}
