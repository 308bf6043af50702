/* TRUTH: racy — T1's recvmsg() stores received bytes into buf through msg.msg_iov[0].iov_base while T2 reads buf[0] plainly; the library call's write and T2's read are unordered. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>
static int sv[2];
static char buf[16];
static long sum;
static void *t1(void *arg) {
    for (int i = 0; i < 100; i++) {
        struct iovec iov = { buf, sizeof buf };
        struct msghdr msg;
        memset(&msg, 0, sizeof msg);
        msg.msg_iov = &iov;
        msg.msg_iovlen = 1;
        if (recvmsg(sv[0], &msg, 0) <= 0)
            break;
    }
    return arg;
}
static void *t2(void *arg) {
    for (int i = 0; i < 100000; i++) sum += buf[0];
    return arg;
}
int main(void) {
    pthread_t a, b;
    if (socketpair(AF_UNIX, SOCK_DGRAM, 0, sv) != 0) return 1;
    for (int i = 0; i < 100; i++)
        if (send(sv[1], "x", 1, 0) != 1) return 1;
    pthread_create(&a, NULL, t1, NULL);
    pthread_create(&b, NULL, t2, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", sum);
    return 0;
}
