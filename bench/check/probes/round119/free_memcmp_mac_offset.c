/* TRUTH: free — the filter memcmp()s gnic.mac + 3 .. + 5 only; the link thread rewrites gnic.mac[1], outside those bytes */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

struct nic {
    int ifindex;
    uint8_t mac[6];
};

static struct nic gnic = { 2, { 0x02, 0x00, 0x5e, 0x10, 0x20, 0x30 } };
static const uint8_t want_tail[3] = { 0x10, 0x20, 0x30 };

static void *filter_thread(void *arg)
{
    (void)arg;
    unsigned hits = 0;
    for (int i = 0; i < 60; i++) {
        hits += memcmp(gnic.mac + 3, want_tail, 3) == 0;
        usleep(200);
    }
    return (void *)(uintptr_t)hits;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, filter_thread, NULL);
    for (int i = 0; i < 60; i++) {
        gnic.mac[1] = (uint8_t)i;
        usleep(200);
    }
    pthread_join(t, NULL);
    printf("mac1=%u\n", (unsigned)gnic.mac[1]);
    return 0;
}
