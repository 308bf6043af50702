// readv and recvmsg write through the pointers their iovecs hold, which the analysis does
// not follow: the analysis is incomplete there, never a proof of race-freedom.
// INCOMPLETE
#include <pthread.h>
#include <sys/uio.h>
#include <unistd.h>

static char buf[64];

static void *fill(void *arg)
{
    int fd = (int)(long)arg;
    struct iovec iov = {buf, sizeof buf};
    (void)readv(fd, &iov, 1);
    return NULL;
}

static void *scan(void *arg)
{
    (void)arg;
    int s = 0;
    for (int i = 0; i < 64; i++)
        s += buf[i];
    return (void *)(long)s;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, fill, (void *)0L);
    pthread_create(&b, NULL, scan, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
