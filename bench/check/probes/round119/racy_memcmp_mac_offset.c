/* TRUTH: racy — the filter memcmp()s n->mac + 3 (the NIC-specific half, n reached through a void *) while the link thread rewrites gnic.mac[4] */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

struct nic {
    int ifindex;
    uint8_t mac[6];
};

struct rx_filter {
    void *priv;
    uint8_t want_tail[3];
};

static struct nic gnic = { 2, { 0x02, 0x00, 0x5e, 0x10, 0x20, 0x30 } };

static void *filter_thread(void *arg)
{
    struct rx_filter *f = arg;
    struct nic *n = f->priv;
    unsigned hits = 0;
    for (int i = 0; i < 60; i++) {
        hits += memcmp(n->mac + 3, f->want_tail, 3) == 0;
        usleep(200);
    }
    return (void *)(uintptr_t)hits;
}

int main(void)
{
    pthread_t t;
    static struct rx_filter flt = { NULL, { 0x10, 0x20, 0x30 } };
    flt.priv = &gnic;
    pthread_create(&t, NULL, filter_thread, &flt);
    for (int i = 0; i < 60; i++) {
        gnic.mac[4] = (uint8_t)i;
        usleep(200);
    }
    pthread_join(t, NULL);
    printf("mac4=%u\n", (unsigned)gnic.mac[4]);
    return 0;
}
