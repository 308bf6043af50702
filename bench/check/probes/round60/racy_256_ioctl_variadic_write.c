/* TRUTH: racy — ioctl(fd, FIONREAD, &avail) stores the number of readable bytes into avail (passed as a variadic argument); T1 does that repeatedly while T2 reads avail plainly; unordered write/read. */
#include <pthread.h>
#include <stdio.h>
#include <sys/ioctl.h>
#include <unistd.h>
static int fds[2];
static int avail;
static long sum;
static void *t1(void *arg) {
    for (int i = 0; i < 1000; i++) ioctl(fds[0], FIONREAD, &avail);
    return arg;
}
static void *t2(void *arg) {
    for (int i = 0; i < 1000; i++) sum += avail;
    return arg;
}
int main(void) {
    pthread_t a, b;
    if (pipe(fds) != 0) return 1;
    if (write(fds[1], "abc", 3) != 3) return 1;
    pthread_create(&a, NULL, t1, NULL);
    pthread_create(&b, NULL, t2, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", sum);
    return 0;
}
