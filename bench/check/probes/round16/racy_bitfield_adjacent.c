// racy: rx_busy and tx_busy are adjacent bit-fields, one memory location, written by two threads without a lock.
#include <pthread.h>
#include <stdio.h>
struct port_state {
    unsigned rx_busy : 1;
    unsigned tx_busy : 1;
};
static struct port_state port;

static void *rx(void *arg)
{
    port.rx_busy = 1;
    return NULL;
}

static void *tx(void *arg)
{
    port.tx_busy = 1;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, rx, NULL);
    pthread_create(&b, NULL, tx, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%u %u\n", port.rx_busy, port.tx_busy);
    return 0;
}
