/* TRUTH: free — write(fd, &cur, sizeof cur.hdr.magic) reads only the first 4 bytes (hdr.magic); the other thread writes hdr.version and seq only; main reads after join */
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
};

static struct frame cur = { { 0xfeedu, 1, 0 }, 0 };

static void *bumper(void *arg)
{
    (void)arg;
    for (int i = 0; i < 200; i++) {
        cur.hdr.version++;
        cur.seq++;
        usleep(100);
    }
    return NULL;
}

static void *emitter(void *arg)
{
    int fd = *(int *)arg;
    for (int i = 0; i < 200; i++) {
        if (write(fd, &cur, sizeof cur.hdr.magic) < 0)
            perror("write");
        usleep(100);
    }
    return NULL;
}

int main(void)
{
    int fd = open("/dev/null", O_WRONLY);
    pthread_t a, b;
    pthread_create(&a, NULL, bumper, NULL);
    pthread_create(&b, NULL, emitter, &fd);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    close(fd);
    printf("%u %u\n", cur.hdr.version, cur.seq);
    return 0;
}
