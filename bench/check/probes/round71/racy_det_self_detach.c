/* TRUTH: racy — each handler detaches itself first; when that happens before main's pthread_join, the join fails and does not wait, so main's reads race with the handler's writes to conns[i] */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NCONN 3
#define MSGLEN 32

struct conn {
    int fd;
    char inbuf[MSGLEN];
    int bytes;
    int closed;
};

static struct conn conns[NCONN];
static long bytes_total;
static pthread_mutex_t total_mu = PTHREAD_MUTEX_INITIALIZER;

static int fake_recv(int fd, int n)
{
    int len = 5 + fd % 7;
    if (len > n)
        len = n;
    return len;
}

static void *conn_handler(void *arg)
{
    struct conn *c = arg;
    int r, rounds;
    pthread_detach(pthread_self());
    for (rounds = 0; rounds < 4; rounds++) {
        r = fake_recv(c->fd, MSGLEN);
        c->inbuf[rounds] = (char)('a' + r);
        if (r <= 0)
            break;
        c->bytes += r;
    }
    c->closed = 1;
    pthread_mutex_lock(&total_mu);
    bytes_total += c->bytes;
    pthread_mutex_unlock(&total_mu);
    return NULL;
}

int main(void)
{
    pthread_t th[NCONN];
    pthread_attr_t attr;
    int i, n = NCONN;
    long check = 0;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_JOINABLE);
    for (i = 0; i < NCONN; i++) {
        conns[i].fd = 3 + i;
        conns[i].bytes = 0;
        conns[i].closed = 0;
        if (pthread_create(&th[i], &attr, conn_handler, &conns[i]) != 0) {
            perror("pthread_create");
            exit(1);
        }
    }
    pthread_attr_destroy(&attr);
    for (i = 0; i < NCONN; i++)
        pthread_join(th[i], NULL);
    for (i = 0; i < n; i++) {
        check += conns[i].bytes;
        if (!conns[i].closed)
            fprintf(stderr, "conn %d still open\n", i);
    }
    printf("total=%ld check=%ld\n", bytes_total, check);
    return 0;
}
