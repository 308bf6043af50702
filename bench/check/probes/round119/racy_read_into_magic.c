/* TRUTH: racy — read(fd, &h, sizeof h.magic) writes h.magic while the validator reads h.magic in another thread */
#include <fcntl.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>

struct img_hdr {
    uint32_t magic;
    uint16_t version;
    uint16_t nsect;
    uint32_t crc;
};

static struct img_hdr h = { 0x7f454c46u, 2, 3, 0 };
static int src_fd = -1;

static void *prober(void *arg)
{
    (void)arg;
    for (int i = 0; i < 60; i++) {
        if (read(src_fd, &h, sizeof h.magic) != (ssize_t)sizeof h.magic)
            perror("read");
        usleep(200);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    unsigned bad = 0;
    src_fd = open("/dev/zero", O_RDONLY);
    if (src_fd < 0)
        return 1;
    pthread_create(&t, NULL, prober, NULL);
    for (int i = 0; i < 60; i++) {
        if (h.magic != 0x7f454c46u)
            bad++;
        usleep(200);
    }
    pthread_join(t, NULL);
    close(src_fd);
    printf("bad=%u\n", bad);
    return 0;
}
