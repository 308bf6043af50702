/* TRUTH: racy — the updater memcpy()s a new lease into the element bsearch() returned (inside g_leases) while the DHCP thread reads g_leases[2].expires */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct lease {
    uint32_t ip;
    uint32_t expires;
};

static struct lease g_leases[4] = { { 10, 100 }, { 20, 100 }, { 30, 100 }, { 40, 100 } };

static int by_ip(const void *k, const void *e)
{
    uint32_t a = *(const uint32_t *)k, b = ((const struct lease *)e)->ip;
    return (a > b) - (a < b);
}

static void *renewer(void *arg)
{
    (void)arg;
    for (int i = 0; i < 60; i++) {
        uint32_t key = 30;
        void *hit = bsearch(&key, g_leases, 4, sizeof g_leases[0], by_ip);
        if (hit) {
            struct lease fresh = { 30, (uint32_t)(200 + i) };
            memcpy(hit, &fresh, sizeof fresh);
        }
        usleep(200);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    unsigned expired = 0;
    pthread_create(&t, NULL, renewer, NULL);
    for (int i = 0; i < 60; i++) {
        if (g_leases[2].expires < 150)
            expired++;
        usleep(200);
    }
    pthread_join(t, NULL);
    printf("expired=%u\n", expired);
    return 0;
}
