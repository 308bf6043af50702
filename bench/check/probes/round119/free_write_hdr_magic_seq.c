/* TRUTH: free — write() only reads the first sizeof h.magic bytes (magic); the control loop only writes seq and len, which start after them */
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
        hdr.seq++;
        hdr.len = (uint16_t)(i * 4);
        usleep(200);
    }
    pthread_join(t, NULL);
    close(out_fd);
    printf("seq=%u magic=%x\n", (unsigned)hdr.seq, (unsigned)hdr.magic);
    return 0;
}
