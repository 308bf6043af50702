/*
 * Built with -O2 -D_FORTIFY_SOURCE=2: its reads, opens and polls go through glibc's
 * checked entry points (__read_chk, __open_2, __poll_chk, ...).  Argument: a scratch
 * file path; "overflow" as a second argument reads past a buffer, which must abort.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

/* Sizes and flags the compiler cannot see, so the checked variants are called. */
static volatile size_t want = 14;
static volatile int rdonly = O_RDONLY;
static volatile nfds_t nfds = 1;

int main(int argc, char **argv)
{
    char buf[64], small[4];
    int sv[2];

    if (argc < 2)
        return 2;
    int fd = open(argv[1], O_WRONLY | O_CREAT | O_TRUNC, 0644); /* a mode: plain open */
    if (fd < 0 || write(fd, "hello fortify\n", 14) != 14)
        return 3;
    close(fd);

    fd = open(argv[1], rdonly); /* __open_2 */
    if (fd < 0)
        return 4;
    if (argc > 2 && strcmp(argv[2], "overflow") == 0)
        return (int)read(fd, small, want); /* __read_chk: 14 > 4, glibc aborts */
    ssize_t r = read(fd, buf, want);            /* __read_chk */
    ssize_t p = pread(fd, buf, want - 9, 6);    /* __pread_chk */
    close(fd);
    fd = openat(AT_FDCWD, argv[1], rdonly); /* __openat_2 */
    ssize_t r2 = read(fd, buf, want - 8);   /* __read_chk */
    close(fd);

    if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv) < 0 || write(sv[0], "abcdef", 6) != 6)
        return 5;
    struct pollfd pf[1] = {{.fd = sv[1], .events = POLLIN}};
    int pr = poll(pf, nfds, 1000);                              /* __poll_chk */
    struct timespec ts = {1, 0};
    int ppr = ppoll(pf, nfds, &ts, NULL);                       /* __ppoll_chk */
    ssize_t rv = recv(sv[1], buf, want - 11, 0);                /* __recv_chk */
    ssize_t rf = recvfrom(sv[1], buf, want - 11, 0, NULL, NULL); /* __recvfrom_chk */
    printf("read %zd pread %zd openat-read %zd poll %d ppoll %d recv %zd recvfrom %zd\n", r, p,
           r2, pr, ppr, rv, rf);
    unlink(argv[1]);
    return 0;
}
