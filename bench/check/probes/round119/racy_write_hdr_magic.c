/* TRUTH: racy — the flusher write()s the first sizeof h.magic bytes of the header while the control loop rewrites hdr.magic unlocked */
#include <fcntl.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>

struct wire_hdr {
    uint32_t magic;
    uint32_t seq;
    uint16_t flags;
    uint16_t len;
};

static struct wire_hdr hdr = { 0xfeedbeefu, 0, 0, 0 };
static int out_fd = -1;

static void *flusher(void *arg)
{
    (void)arg;
    for (int i = 0; i < 60; i++) {
        /* peers only look at the magic word for keep-alives */
        if (write(out_fd, &hdr, sizeof hdr.magic) < 0)
            perror("write");
        usleep(200);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    out_fd = open("/dev/null", O_WRONLY);
    if (out_fd < 0)
        return 1;
    pthread_create(&t, NULL, flusher, NULL);
    for (int i = 0; i < 60; i++) {
        hdr.magic = (i & 1) ? 0xfeedbeefu : 0xfeedbef0u; /* protocol version flip */
        usleep(200);
    }
    pthread_join(t, NULL);
    close(out_fd);
    printf("magic=%x\n", (unsigned)hdr.magic);
    return 0;
}
