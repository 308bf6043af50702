/* TRUTH: free — memset(&route, 0, 8) clears route.key.dst and route.key.mask only; the updater writes route.key.metric (byte 8) and route.ifindex */
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

static void *withdrawer(void *arg)
{
    (void)arg;
    for (int i = 0; i < 60; i++) {
        memset(&route, 0, 8); /* withdraw: zero the prefix, keep metric/ifindex */
        usleep(200);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, withdrawer, NULL);
    for (int i = 0; i < 60; i++) {
        route.key.metric = (uint32_t)(10 + i);
        route.ifindex = (uint32_t)(i & 3);
        usleep(200);
    }
    pthread_join(t, NULL);
    printf("metric=%u dst=%x\n", (unsigned)route.key.metric, (unsigned)route.key.dst);
    return 0;
}
