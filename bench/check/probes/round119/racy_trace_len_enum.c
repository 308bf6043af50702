/* TRUTH: racy — TRACE_ON is an enum constant 1, so the trace length is sizeof ev (not 0) and write() reads ev.code while the decoder rewrites it */
#include <fcntl.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>

enum { TRACE_ON = 1 };

struct trace_ev {
    uint16_t code;
    uint16_t cpu;
    uint32_t arg;
};

static struct trace_ev ev;
static int trace_fd = -1;

#define TRACE_BYTES (TRACE_ON ? sizeof ev : 0)

static void *tracer(void *arg)
{
    (void)arg;
    for (int i = 0; i < 60; i++) {
        if (write(trace_fd, &ev, TRACE_BYTES) < 0)
            perror("write");
        usleep(200);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    trace_fd = open("/dev/null", O_WRONLY);
    if (trace_fd < 0)
        return 1;
    pthread_create(&t, NULL, tracer, NULL);
    for (int i = 0; i < 60; i++) {
        ev.code = (uint16_t)(0x100 + i);
        usleep(200);
    }
    pthread_join(t, NULL);
    close(trace_fd);
    printf("code=%x\n", (unsigned)ev.code);
    return 0;
}
