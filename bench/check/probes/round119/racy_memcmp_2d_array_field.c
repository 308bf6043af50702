/* TRUTH: racy — the bonding monitor memcmp()s n->slave_mac[1] (row 1 of a 2-D array field, n from a void *) while the link thread writes gbond.slave_mac[1][5] */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

struct bond {
    int mode;
    uint8_t slave_mac[2][6];
};

struct mon_ctx {
    void *bond;
};

static struct bond gbond = { 1, { { 2, 0, 0, 0, 0, 1 }, { 2, 0, 0, 0, 0, 2 } } };
static const uint8_t expect[6] = { 2, 0, 0, 0, 0, 2 };

static void *monitor(void *arg)
{
    struct mon_ctx *c = arg;
    struct bond *b = c->bond;
    unsigned ok = 0;
    for (int i = 0; i < 60; i++) {
        ok += memcmp(b->slave_mac[1], expect, 6) == 0;
        usleep(200);
    }
    return (void *)(uintptr_t)ok;
}

int main(void)
{
    pthread_t t;
    static struct mon_ctx ctx;
    ctx.bond = &gbond;
    pthread_create(&t, NULL, monitor, &ctx);
    for (int i = 0; i < 60; i++) {
        gbond.slave_mac[1][5] = (uint8_t)i;
        usleep(200);
    }
    pthread_join(t, NULL);
    printf("mac=%u\n", (unsigned)gbond.slave_mac[1][5]);
    return 0;
}
