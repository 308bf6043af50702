/* TRUTH: racy — write() starts at frame.hdr.flags with length sizeof flags + sizeof seq, so it reads past the end of the nested hdr into frame.seq, which the sequencer thread bumps concurrently */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <fcntl.h>
#include <unistd.h>

struct frame_hdr {
    uint32_t magic;
    uint16_t version;
    uint16_t flags;
};

struct frame {
    struct frame_hdr hdr;
    uint32_t seq;
    uint32_t len;
    char payload[32];
};

static struct frame cur = { { 0xfeedu, 1, 0 }, 0, 0, "" };

static void *sequencer(void *arg)
{
    (void)arg;
    for (int i = 0; i < 200; i++) {
        cur.seq++;
        usleep(100);
    }
    return NULL;
}

static void *emitter(void *arg)
{
    int fd = *(int *)arg;
    for (int i = 0; i < 200; i++) {
        /* flags and sequence number go out as one 6-byte tail */
        if (write(fd, &cur.hdr.flags, sizeof cur.hdr.flags + sizeof cur.seq) < 0)
            perror("write");
        usleep(100);
    }
    return NULL;
}

int main(void)
{
    int fd = open("/dev/null", O_WRONLY);
    pthread_t a, b;
    pthread_create(&a, NULL, sequencer, NULL);
    pthread_create(&b, NULL, emitter, &fd);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    close(fd);
    printf("seq=%u\n", cur.seq);
    return 0;
}
