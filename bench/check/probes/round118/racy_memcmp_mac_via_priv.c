/* TRUTH: racy — the filter memcmp()s n->mac (n reached through a void* field) while main rewrites gnic.mac[5] */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

struct nic { int ifindex; uint8_t mac[6]; };
static struct nic gnic = { 2, { 2, 0, 0, 0, 0, 1 } };
static const uint8_t wanted[6] = { 2, 0, 0, 0, 0, 7 };

struct filter { void *priv; };

static void *filter_thread(void *arg)
{
    struct filter *f = arg;
    struct nic *n = f->priv;
    int hits = 0;
    for (int i = 0; i < 40; i++) {
        hits += memcmp(n->mac, wanted, sizeof n->mac) == 0;
        usleep(250);
    }
    return (void *)(long)hits;
}

int main(void)
{
    pthread_t t;
    static struct filter flt = { &gnic };
    pthread_create(&t, NULL, filter_thread, &flt);
    for (int i = 0; i < 40; i++) {
        gnic.mac[5] = (uint8_t)i;
        usleep(250);
    }
    pthread_join(t, NULL);
    printf("%d\n", gnic.mac[5]);
    return 0;
}
