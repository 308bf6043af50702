/*
 * Cost of a call under the tracer: N (default 1000000) one-byte reads of /dev/zero
 * through read ("plain") or, built with _FORTIFY_SOURCE, __read_chk ("chk"), or N
 * getcontext calls ("getcontext"); five passes, prints the best pass in ns per call.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <ucontext.h>
#include <unistd.h>

static volatile size_t one = 1; /* unknown size: the fortified read is __read_chk */

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e9 + ts.tv_nsec;
}

int main(int argc, char **argv)
{
    const char *mode = argc > 1 ? argv[1] : "plain";
    long n = argc > 2 ? atol(argv[2]) : 1000000;
    int fd = open("/dev/zero", O_RDONLY);
    double best = 0;
    char buf[16];
    ucontext_t uc;

    if (fd < 0 || n <= 0)
        return 2;
    for (int pass = 0; pass < 5; pass++) {
        double t0 = now();
        if (strcmp(mode, "getcontext") == 0) {
            for (long i = 0; i < n; i++)
                getcontext(&uc);
        } else if (strcmp(mode, "chk") == 0) {
            for (long i = 0; i < n; i++)
                if (read(fd, buf, one) != 1)
                    return 1;
        } else {
            for (long i = 0; i < n; i++)
                if (read(fd, buf, 1) != 1)
                    return 1;
        }
        double ns = (now() - t0) / n;
        if (pass == 0 || ns < best)
            best = ns;
    }
    printf("%s %.1f ns/call\n", mode, best);
    return 0;
}
