/* TRUTH: racy — readv fills the iovec buffers &hdr and body from /dev/zero, so it writes hdr.len while the monitor thread reads hdr.len concurrently */
#include <pthread.h>
#include <stdio.h>
#include <fcntl.h>
#include <sys/uio.h>
#include <unistd.h>

struct wire_hdr {
    unsigned type;
    unsigned len;
};

static struct wire_hdr hdr;
static char body[64];

static void *monitor(void *arg)
{
    long *acc = arg;
    for (int i = 0; i < 200; i++) {
        *acc += hdr.len;
        usleep(100);
    }
    return NULL;
}

static void *receiver(void *arg)
{
    int fd = *(int *)arg;
    for (int i = 0; i < 200; i++) {
        struct iovec iov[2] = {
            { .iov_base = &hdr, .iov_len = sizeof hdr },
            { .iov_base = body, .iov_len = sizeof body },
        };
        if (readv(fd, iov, 2) < 0)
            perror("readv");
        usleep(100);
    }
    return NULL;
}

int main(void)
{
    long acc = 0;
    int fd = open("/dev/zero", O_RDONLY);
    pthread_t a, b;
    pthread_create(&a, NULL, monitor, &acc);
    pthread_create(&b, NULL, receiver, &fd);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    close(fd);
    printf("%ld\n", acc);
    return 0;
}
