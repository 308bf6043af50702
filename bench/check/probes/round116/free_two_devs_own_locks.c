/* TRUTH: free — each controller thread works on its own device instance and takes that instance's lock; the only cross-device state (global irq count) has its own lock */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

struct i2c_adapter {
    pthread_mutex_t bus_lock;
    int nr;
    unsigned xfers;
    unsigned char last_addr;
};

static struct i2c_adapter adapters[2] = {
    { PTHREAD_MUTEX_INITIALIZER, 0, 0, 0 },
    { PTHREAD_MUTEX_INITIALIZER, 1, 0, 0 },
};
static pthread_mutex_t irq_stat_lock = PTHREAD_MUTEX_INITIALIZER;
static unsigned long total_irqs;

static int i2c_transfer(struct i2c_adapter *adap, unsigned char addr) {
    pthread_mutex_lock(&adap->bus_lock);
    adap->last_addr = addr;
    adap->xfers++;
    pthread_mutex_unlock(&adap->bus_lock);
    pthread_mutex_lock(&irq_stat_lock);
    total_irqs++;
    pthread_mutex_unlock(&irq_stat_lock);
    return 0;
}

static void *client(void *arg) {
    struct i2c_adapter *adap = arg;
    for (int i = 0; i < 20; i++) { i2c_transfer(adap, (unsigned char)(0x50 + adap->nr)); usleep(10); }
    return NULL;
}

int main(void) {
    pthread_t t[4];
    pthread_create(&t[0], NULL, client, &adapters[0]);
    pthread_create(&t[1], NULL, client, &adapters[1]);
    pthread_create(&t[2], NULL, client, &adapters[0]);
    pthread_create(&t[3], NULL, client, &adapters[1]);
    for (int i = 0; i < 4; i++) pthread_join(t[i], NULL);
    printf("%u %u %lu\n", adapters[0].xfers, adapters[1].xfers, total_irqs);
    return 0;
}
