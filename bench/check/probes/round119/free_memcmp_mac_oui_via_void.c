/* TRUTH: free — the OUI check (nic reached through a void * field) memcmp()s only mac[0..2]; the link thread rewrites gnic.mac[5] only */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

struct nic {
    int ifindex;
    uint8_t mac[6];
};

struct probe_ctx {
    void *priv;
};

static struct nic gnic = { 2, { 0x00, 0x1b, 0x21, 0x00, 0x00, 0x01 } };
static const uint8_t intel_oui[3] = { 0x00, 0x1b, 0x21 };

static void *oui_thread(void *arg)
{
    struct probe_ctx *c = arg;
    const struct nic *n = c->priv;
    unsigned intel = 0;
    for (int i = 0; i < 60; i++) {
        intel += memcmp(n->mac, intel_oui, sizeof intel_oui) == 0;
        usleep(200);
    }
    return (void *)(uintptr_t)intel;
}

int main(void)
{
    pthread_t t;
    static struct probe_ctx ctx;
    ctx.priv = &gnic;
    pthread_create(&t, NULL, oui_thread, &ctx);
    for (int i = 0; i < 60; i++) {
        gnic.mac[5] = (uint8_t)(i + 1);
        usleep(200);
    }
    pthread_join(t, NULL);
    printf("mac5=%u\n", (unsigned)gnic.mac[5]);
    return 0;
}
