/* TRUTH: free — the OUI check memcmp()s only gnic.mac[0..2]; the link thread rewrites gnic.mac[5] only */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

struct nic {
    int ifindex;
    uint8_t mac[6];
};

static struct nic gnic = { 2, { 0x00, 0x1b, 0x21, 0x00, 0x00, 0x01 } };
static const uint8_t intel_oui[3] = { 0x00, 0x1b, 0x21 };

static void *oui_thread(void *arg)
{
    (void)arg;
    unsigned intel = 0;
    for (int i = 0; i < 60; i++) {
        intel += memcmp(gnic.mac, intel_oui, sizeof intel_oui) == 0;
        usleep(200);
    }
    return (void *)(uintptr_t)intel;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, oui_thread, NULL);
    for (int i = 0; i < 60; i++) {
        gnic.mac[5] = (uint8_t)(i + 1);
        usleep(200);
    }
    pthread_join(t, NULL);
    printf("mac5=%u\n", (unsigned)gnic.mac[5]);
    return 0;
}
