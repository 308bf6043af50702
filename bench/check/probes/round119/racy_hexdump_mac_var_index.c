/* TRUTH: racy — the debug thread hexdumps n->mac (n from a void * field) byte by byte through a helper while the link thread writes gnic.mac[i % 6] */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>

struct nic {
    int ifindex;
    uint8_t mac[6];
};

struct dbg_ctx {
    void *dev;
    char out[32];
};

static struct nic gnic = { 2, { 2, 0, 0, 0, 0, 1 } };

static void hexdump(char *out, const void *p, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    const uint8_t *b = p;
    for (size_t i = 0; i < n; i++) {
        out[2 * i] = hex[b[i] >> 4];
        out[2 * i + 1] = hex[b[i] & 15];
    }
    out[2 * n] = '\0';
}

static void *dbg_thread(void *arg)
{
    struct dbg_ctx *c = arg;
    struct nic *n = c->dev;
    for (int i = 0; i < 60; i++) {
        hexdump(c->out, n->mac, sizeof n->mac);
        usleep(200);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    static struct dbg_ctx ctx;
    ctx.dev = &gnic;
    pthread_create(&t, NULL, dbg_thread, &ctx);
    for (int i = 0; i < 60; i++) {
        gnic.mac[i % 6] = (uint8_t)i;
        usleep(200);
    }
    pthread_join(t, NULL);
    printf("%s\n", ctx.out);
    return 0;
}
