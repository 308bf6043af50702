/* Downloader, epoll: one thread, nonblocking sockets and an event loop keep every request in flight. */
#include "elapsed.h"
#include "http.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

/* One download's state: sending the request, then receiving until the server closes. */
struct conn {
    int page, fd, sending;
    size_t off, len;
    char buf[HTTP_MAX_RESPONSE];
};

static struct page_result results[HTTP_MAX_PAGES];

/* Called when fd is ready; returns 1 when the download is finished (successfully or not). */
static int step(struct conn *c, int ep)
{
    if (c->sending) {
        ssize_t n = send(c->fd, c->buf + c->off, c->len - c->off, 0);
        if (n < 0)
            return errno != EAGAIN; /* EAGAIN: still connecting, or the socket buffer is full */
        if ((c->off += (size_t)n) < c->len)
            return 0;
        c->sending = 0;
        c->off = 0;
        struct epoll_event ev = {.events = EPOLLIN, .data.ptr = c};
        return epoll_ctl(ep, EPOLL_CTL_MOD, c->fd, &ev) < 0;
    }
    ssize_t n = recv(c->fd, c->buf + c->off, sizeof(c->buf) - c->off, 0);
    if (n < 0)
        return errno != EAGAIN;
    c->off += (size_t)n;
    if (n > 0 && c->off < sizeof(c->buf))
        return 0;
    http_parse_response(c->buf, c->off, &results[c->page]); /* EOF: the response is whole */
    return 1;
}

int main(int argc, char **argv)
{
    int port, pages;
    if (http_parse_args(argc, argv, &port, &pages) < 0)
        return 2;
    double start = example_now();
    int ep = epoll_create1(0);
    struct conn *conns = calloc((size_t)pages, sizeof(*conns));
    if (ep < 0 || !conns) {
        perror("epoll_create1");
        return 1;
    }
    int active = 0;
    for (int i = 0; i < pages; i++) {
        struct conn *c = &conns[i];
        c->page = i;
        c->sending = 1;
        c->len = http_request(c->buf, sizeof(c->buf), i);
        struct epoll_event ev = {.events = EPOLLOUT, .data.ptr = c};
        if ((c->fd = http_connect(port, 1)) < 0 || epoll_ctl(ep, EPOLL_CTL_ADD, c->fd, &ev) < 0) {
            perror("connect");
            continue;
        }
        active++;
    }
    while (active > 0) {
        struct epoll_event evs[16];
        int n = epoll_wait(ep, evs, 16, -1); /* the only place this program waits */
        if (n < 0 && errno != EINTR) {
            perror("epoll_wait");
            return 1;
        }
        for (int i = 0; i < n; i++) {
            struct conn *c = evs[i].data.ptr;
            if (step(c, ep)) {
                close(c->fd); /* closing also removes it from the epoll set */
                active--;
            }
        }
    }
    close(ep);
    free(conns);
    example_report_elapsed("downloader-epoll", start);
    return http_print_results(results, pages);
}
