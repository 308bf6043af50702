/* TRUTH: racy — memcmp(&route, &def, 8) reads route.key.dst and route.key.mask (bytes 0..7) while the updater rewrites route.key.mask */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

struct route_key {
    uint32_t dst;
    uint32_t mask;
    uint32_t metric;
};

struct route {
    struct route_key key;
    uint32_t ifindex;
};

static struct route route = { { 0x0a000000u, 0xff000000u, 10 }, 2 };
static const struct route def = { { 0x0a000000u, 0xff000000u, 0 }, 0 };

static void *matcher(void *arg)
{
    unsigned *hits = arg;
    for (int i = 0; i < 60; i++) {
        if (memcmp(&route, &def, 8) == 0) /* same dst/mask: default route */
            (*hits)++;
        usleep(200);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    static unsigned hits;
    pthread_create(&t, NULL, matcher, &hits);
    for (int i = 0; i < 60; i++) {
        route.key.mask = (i & 1) ? 0xff000000u : 0xffff0000u;
        usleep(200);
    }
    pthread_join(t, NULL);
    printf("hits=%u\n", hits);
    return 0;
}
