/* TRUTH: racy — write() gets a char * rebuilt from the request's uintptr_t cookie (the telemetry block) while the sampler updates blk->temp_mc through its pointer */
#include <fcntl.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

struct telemetry {
    int32_t temp_mc;
    int32_t volt_mv;
};

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
        if (write(fd, (const char *)rq->cookie, rq->len) < 0)
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
    struct telemetry *blk = malloc(sizeof *blk);
    if (!blk)
        return 1;
    blk->temp_mc = 40000;
    blk->volt_mv = 1200;
    rq.cookie = (uintptr_t)blk;
    rq.len = sizeof *blk;
    pthread_create(&t, NULL, io_thread, &rq);
    for (int i = 0; i < 60; i++) {
        blk->temp_mc += 10;
        usleep(200);
    }
    pthread_join(t, NULL);
    printf("temp=%d\n", (int)blk->temp_mc);
    free(blk);
    return 0;
}
