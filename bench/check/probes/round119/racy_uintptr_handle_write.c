/* TRUTH: racy — a char * rebuilt from a uintptr_t cookie is handed to write(); it reads the log buffer the formatter is rewriting */
#include <fcntl.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>

static char logbuf[64] = "ready\n";

struct io_req {
    uintptr_t cookie;
    size_t len;
};

static void *io_thread(void *arg)
{
    struct io_req *rq = arg;
    int fd = open("/dev/null", O_WRONLY);
    if (fd < 0)
        return NULL;
    for (int i = 0; i < 60; i++) {
        char *buf = (char *)rq->cookie;
        if (write(fd, buf, rq->len) < 0)
            perror("write");
        usleep(200);
    }
    close(fd);
    return NULL;
}

int main(void)
{
    pthread_t t;
    static struct io_req rq;
    rq.cookie = (uintptr_t)logbuf;
    rq.len = 16;
    pthread_create(&t, NULL, io_thread, &rq);
    for (int i = 0; i < 60; i++) {
        logbuf[3] = (char)('0' + i % 10);
        usleep(200);
    }
    pthread_join(t, NULL);
    printf("%s", logbuf);
    return 0;
}
