/* TRUTH: free — read(fd, &h, sizeof h.magic) writes only the 4 magic bytes; the validator reads version and nsect, which start at byte 4 */
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
        if (h.version != 2 || h.nsect > 16)
            bad++;
        usleep(200);
    }
    pthread_join(t, NULL);
    close(src_fd);
    printf("bad=%u magic=%x\n", bad, (unsigned)h.magic);
    return 0;
}
