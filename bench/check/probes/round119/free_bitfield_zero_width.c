/* TRUTH: free — a zero-width bit-field puts prio in its own unit at byte 4; write(fd, &ctl, 1) reads byte 0 (opcode) only */
#include <fcntl.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>

struct dma_ctl {
    unsigned opcode : 8;
    unsigned : 0;
    unsigned prio : 8;
    unsigned burst : 16;
    uint32_t addr;
};

static struct dma_ctl ctl = { 0x21, 1, 64, 0x1000 };
static int doorbell_fd = -1;

static void *ring_doorbell(void *arg)
{
    (void)arg;
    for (int i = 0; i < 60; i++) {
        if (write(doorbell_fd, &ctl, 1) != 1)
            perror("write");
        usleep(200);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    doorbell_fd = open("/dev/null", O_WRONLY);
    if (doorbell_fd < 0)
        return 1;
    pthread_create(&t, NULL, ring_doorbell, NULL);
    for (int i = 0; i < 60; i++) {
        ctl.prio = (unsigned)(i & 7);
        usleep(200);
    }
    pthread_join(t, NULL);
    close(doorbell_fd);
    printf("prio=%u\n", (unsigned)ctl.prio);
    return 0;
}
