/* TRUTH: racy. The producer enqueues a job descriptor by value whose 'buf' points at a fresh block, then (bug) keeps writing the block's trailer (blk->len, blk->crc) after the push; the consumer thread pops the job and reads blk->len/blk->crc through the copy concurrently (write/read on the same heap block). */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct block {
    char data[64];
    int len;
    unsigned crc;
};

struct job {
    int kind;
    struct block *buf;
};

#define QCAP 16
static struct job queue[QCAP];
static int qhead, qtail, qcount;
static pthread_mutex_t qlock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t qcond = PTHREAD_COND_INITIALIZER;

static void push(struct job j)
{
    pthread_mutex_lock(&qlock);
    queue[qtail] = j;
    qtail = (qtail + 1) % QCAP;
    qcount++;
    pthread_cond_signal(&qcond);
    pthread_mutex_unlock(&qlock);
}

static struct job pop(void)
{
    pthread_mutex_lock(&qlock);
    while (qcount == 0)
        pthread_cond_wait(&qcond, &qlock);
    struct job j = queue[qhead];
    qhead = (qhead + 1) % QCAP;
    qcount--;
    pthread_mutex_unlock(&qlock);
    return j;
}

static unsigned crc_of(const char *p, int n)
{
    unsigned c = 0;
    for (int i = 0; i < n; i++)
        c = c * 31u + (unsigned char)p[i];
    return c;
}

static void *consumer(void *arg)
{
    (void)arg;
    for (;;) {
        struct job j = pop();
        if (j.kind == 0)
            break;
        printf("%d %u\n", j.buf->len, j.buf->crc);
        free(j.buf);
    }
    return NULL;
}

int main(void)
{
    pthread_t c;
    pthread_create(&c, NULL, consumer, NULL);
    for (int i = 0; i < 8; i++) {
        struct block *blk = malloc(sizeof *blk);
        if (!blk)
            exit(1);
        snprintf(blk->data, sizeof blk->data, "record %d", i);
        struct job j = {.kind = 1, .buf = blk};
        push(j);
        blk->len = (int)strlen(blk->data);       /* too late: already queued */
        blk->crc = crc_of(blk->data, blk->len);
    }
    struct job stopj = {0, NULL};
    push(stopj);
    pthread_join(c, NULL);
    return 0;
}
