/* Plain-socket HTTP/1.0 client pieces shared by the downloaders (no library, on purpose). */
#define _GNU_SOURCE /* memmem */
#include "http.h"

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

int http_parse_args(int argc, char **argv, int *port, int *pages)
{
    *pages = 20;
    if (argc < 2 || argc > 3 || (*port = atoi(argv[1])) <= 0 ||
        (argc == 3 && ((*pages = atoi(argv[2])) <= 0 || *pages > HTTP_MAX_PAGES))) {
        fprintf(stderr, "usage: %s PORT [PAGES]   (start examples/downloader/serve.py first)\n",
                argv[0]);
        return -1;
    }
    return 0;
}

int http_connect(int port, int nonblocking)
{
    int fd = socket(AF_INET, SOCK_STREAM | (nonblocking ? SOCK_NONBLOCK : 0), 0);
    if (fd < 0)
        return -1;
    struct sockaddr_in addr = {.sin_family = AF_INET, .sin_port = htons((uint16_t)port)};
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (connect(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0 &&
        !(nonblocking && errno == EINPROGRESS)) {
        close(fd);
        return -1;
    }
    return fd;
}

size_t http_request(char *buf, size_t size, int page)
{
    int n = snprintf(buf, size, "GET /page/%d HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n", page);
    return n < 0 ? 0 : (size_t)n;
}

int http_parse_response(const char *buf, size_t len, struct page_result *r)
{
    const char *end = memmem(buf, len, "\r\n\r\n", 4);
    if (!end || sscanf(buf, "HTTP/%*d.%*d %d", &r->status) != 1)
        return -1;
    r->bytes = (long)(len - (size_t)(end + 4 - buf));
    return 0;
}

int http_fetch(int port, int page, struct page_result *r)
{
    static __thread char buf[HTTP_MAX_RESPONSE];
    int fd = http_connect(port, 0);
    if (fd < 0)
        return -1;
    size_t reqlen = http_request(buf, sizeof(buf), page);
    if (send(fd, buf, reqlen, 0) != (ssize_t)reqlen) {
        close(fd);
        return -1;
    }
    size_t len = 0;
    ssize_t n;
    while (len < sizeof(buf) && (n = recv(fd, buf + len, sizeof(buf) - len, 0)) > 0)
        len += (size_t)n;
    close(fd);
    return http_parse_response(buf, len, r);
}

int http_print_results(const struct page_result *results, int pages)
{
    long total = 0;
    int failed = 0;
    for (int i = 0; i < pages; i++) {
        printf("page %02d: status %d, %ld bytes\n", i, results[i].status, results[i].bytes);
        total += results[i].bytes;
        failed += results[i].status != 200;
    }
    printf("%d pages, %ld bytes, %d failed\n", pages, total, failed);
    return failed ? 1 : 0;
}
