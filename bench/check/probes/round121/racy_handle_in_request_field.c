/* TRUTH: racy — the request carries the reply buffer as a uintptr_t handle; the worker rebuilds a char * from it and writes the bytes of reply, which the poller thread reads concurrently */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

struct request {
    int op;
    uintptr_t reply_handle;
    size_t reply_len;
};

static char reply[16];

static void *worker(void *arg)
{
    struct request *rq = arg;
    for (int i = 0; i < 200; i++) {
        char *out = (char *)rq->reply_handle;
        out[0] = (char)('A' + i % 26);
        out[1] = '\0';
        usleep(100);
    }
    return NULL;
}

static void *poller(void *arg)
{
    long *acc = arg;
    for (int i = 0; i < 200; i++) {
        *acc += reply[0];
        usleep(100);
    }
    return NULL;
}

int main(void)
{
    long acc = 0;
    static struct request rq;
    rq.op = 1;
    rq.reply_handle = (uintptr_t)reply;
    rq.reply_len = sizeof reply;
    pthread_t a, b;
    pthread_create(&a, NULL, worker, &rq);
    pthread_create(&b, NULL, poller, &acc);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld %s\n", acc, reply);
    return 0;
}
