/* TRUTH: free — trace_bytes is a static const size_t 0 never changed, so memcpy(ring, &ev, trace_bytes) copies nothing while the decoder rewrites ev */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

struct trace_ev {
    uint16_t code;
    uint16_t cpu;
    uint32_t arg;
};

static struct trace_ev ev;
static const size_t trace_bytes = 0; /* tracing compiled out in this build */

static void *tracer(void *arg)
{
    unsigned char *ring = arg;
    for (int i = 0; i < 60; i++) {
        memcpy(ring + (size_t)(i % 8) * sizeof ev, &ev, trace_bytes);
        usleep(200);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    static unsigned char ring[8 * sizeof(struct trace_ev)];
    pthread_create(&t, NULL, tracer, ring);
    for (int i = 0; i < 60; i++) {
        ev.code = (uint16_t)(0x100 + i);
        ev.arg += 3;
        usleep(200);
    }
    pthread_join(t, NULL);
    printf("code=%x ring0=%u\n", (unsigned)ev.code, (unsigned)ring[0]);
    return 0;
}
