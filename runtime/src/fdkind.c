/* Classifies a file descriptor as file, pipe, socket kind, tty, eventfd, ...: used only on the slow path. */
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include "weft_rt.h"

static enum weft_fd_kind socket_kind(int fd)
{
    int domain = 0, type = 0;
    socklen_t len = sizeof domain;

    if (getsockopt(fd, SOL_SOCKET, SO_DOMAIN, &domain, &len) < 0)
        return WEFT_FD_SOCKET_OTHER;
    len = sizeof type;
    if (getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &len) < 0)
        return WEFT_FD_SOCKET_OTHER;
    if (domain == AF_UNIX)
        return WEFT_FD_UNIX;
    if (domain == AF_INET || domain == AF_INET6) {
        if (type == SOCK_STREAM)
            return WEFT_FD_TCP;
        if (type == SOCK_DGRAM)
            return WEFT_FD_UDP;
    }
    return WEFT_FD_SOCKET_OTHER;
}

/* Anonymous inodes (eventfd, epoll, ...) are told apart only by their /proc link. */
static enum weft_fd_kind anon_kind(int fd)
{
    char path[64], link[64];
    ssize_t n;

    snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
    n = readlink(path, link, sizeof link - 1);
    if (n <= 0)
        return WEFT_FD_UNKNOWN;
    link[n] = 0;
    if (strncmp(link, "anon_inode:", 11) != 0)
        return WEFT_FD_UNKNOWN;
    if (strstr(link, "eventfd"))
        return WEFT_FD_EVENTFD;
    if (strstr(link, "timerfd"))
        return WEFT_FD_TIMERFD;
    if (strstr(link, "signalfd"))
        return WEFT_FD_SIGNALFD;
    if (strstr(link, "eventpoll"))
        return WEFT_FD_EPOLL;
    return WEFT_FD_UNKNOWN;
}

/* Linux char majors of terminals: 4 (tty), 5 (/dev/tty, ptmx), 136-143 (pts). */
static int is_tty_major(unsigned maj)
{
    return maj == 4 || maj == 5 || (maj >= 136 && maj <= 143);
}

enum weft_fd_kind weft__fd_classify(int fd)
{
    struct stat st;

    if (fd < 0 || fstat(fd, &st) < 0)
        return WEFT_FD_UNKNOWN;
    switch (st.st_mode & S_IFMT) {
    case S_IFREG:
        return WEFT_FD_FILE;
    case S_IFDIR:
        return WEFT_FD_DIR;
    case S_IFIFO:
        return WEFT_FD_PIPE;
    case S_IFSOCK:
        return socket_kind(fd);
    case S_IFCHR:
        return is_tty_major(major(st.st_rdev)) ? WEFT_FD_TTY : WEFT_FD_CHARDEV;
    case S_IFBLK:
        return WEFT_FD_FILE;
    default:
        return anon_kind(fd);
    }
}
