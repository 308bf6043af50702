/* TRUTH: racy — T1's readv() from /dev/zero writes into buf through the iovec's iov_base (the iovec itself is passed as const), while T2 reads buf[0] plainly; the library call's write of buf and T2's read are unordered. */
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <sys/uio.h>
#include <unistd.h>
static char buf[64];
static long sum;
static void *t1(void *arg) {
    int fd = open("/dev/zero", O_RDONLY);
    struct iovec iov = { buf, sizeof buf };
    for (int i = 0; i < 1000; i++)
        if (readv(fd, &iov, 1) < 0)
            break;
    close(fd);
    return arg;
}
static void *t2(void *arg) {
    for (int i = 0; i < 1000; i++) sum += buf[0];
    return arg;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, t1, NULL);
    pthread_create(&b, NULL, t2, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", sum);
    return 0;
}
