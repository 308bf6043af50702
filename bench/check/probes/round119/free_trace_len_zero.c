/* TRUTH: free — TRACE_ON is 0, so write(fd, &ev, TRACE_BYTES) has length 0 and reads no byte of ev */
#include <fcntl.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>

#define TRACE_ON 0

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
        ev.arg += 3;
        usleep(200);
    }
    pthread_join(t, NULL);
    close(trace_fd);
    printf("code=%x\n", (unsigned)ev.code);
    return 0;
}
