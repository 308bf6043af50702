/* TRUTH: racy — 'suspended' and 'tx_active' are bitfields in the same storage unit; PM code writes one under pm_lock, the tx path writes the other under tx_lock, so the read-modify-writes of the shared word race */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

struct nic_dev {
    pthread_mutex_t pm_lock;
    pthread_mutex_t tx_lock;
    unsigned suspended : 1;   /* protected by pm_lock */
    unsigned tx_active : 1;   /* protected by tx_lock */
    unsigned link_up   : 1;   /* set in probe only */
    unsigned long tx_packets; /* protected by tx_lock */
};

static struct nic_dev nic;

static void nic_suspend(struct nic_dev *n) {
    pthread_mutex_lock(&n->pm_lock);
    n->suspended = 1;
    pthread_mutex_unlock(&n->pm_lock);
}
static void nic_resume(struct nic_dev *n) {
    pthread_mutex_lock(&n->pm_lock);
    n->suspended = 0;
    pthread_mutex_unlock(&n->pm_lock);
}

static int nic_xmit(struct nic_dev *n) {
    pthread_mutex_lock(&n->tx_lock);
    n->tx_active = 1;
    n->tx_packets++;
    n->tx_active = 0;
    pthread_mutex_unlock(&n->tx_lock);
    return 0;
}

static void *pm_thread(void *a) {
    for (int i = 0; i < 10; i++) { nic_suspend(a); usleep(50); nic_resume(a); usleep(50); }
    return NULL;
}
static void *tx_thread(void *a) {
    for (int i = 0; i < 20; i++) { nic_xmit(a); usleep(50); }
    return NULL;
}

static int nic_probe(struct nic_dev *n) {
    pthread_mutex_init(&n->pm_lock, NULL);
    pthread_mutex_init(&n->tx_lock, NULL);
    n->link_up = 1;
    return 0;
}

int main(void) {
    pthread_t a, b;
    nic_probe(&nic);
    pthread_create(&a, NULL, pm_thread, &nic);
    pthread_create(&b, NULL, tx_thread, &nic);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%lu %u\n", nic.tx_packets, (unsigned)nic.link_up);
    return 0;
}
