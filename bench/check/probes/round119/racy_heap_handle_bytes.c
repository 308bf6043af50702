/* TRUTH: racy — the checksummer rebuilds an unsigned char * from the ring's uintptr_t handle (a malloc'd block) and reads it while the producer bumps ring->head */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

struct ring {
    uint32_t head;
    uint32_t tail;
    uint8_t data[56];
};

static uintptr_t ring_handle;
static struct ring *g_ring;

static uint32_t sum_bytes(uintptr_t h, size_t n)
{
    const unsigned char *p = (const unsigned char *)h;
    uint32_t s = 0;
    for (size_t i = 0; i < n; i++)
        s += p[i];
    return s;
}

static void *checksummer(void *arg)
{
    uint32_t *out = arg;
    for (int i = 0; i < 60; i++) {
        *out += sum_bytes(ring_handle, 8);
        usleep(200);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    static uint32_t total;
    g_ring = calloc(1, sizeof *g_ring);
    if (!g_ring)
        return 1;
    ring_handle = (uintptr_t)g_ring;
    pthread_create(&t, NULL, checksummer, &total);
    for (int i = 0; i < 60; i++) {
        g_ring->head = (g_ring->head + 1) % 56;
        usleep(200);
    }
    pthread_join(t, NULL);
    printf("total=%u head=%u\n", (unsigned)total, (unsigned)g_ring->head);
    free(g_ring);
    return 0;
}
