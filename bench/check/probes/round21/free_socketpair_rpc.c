/* TRUTH: race-free. The client fills req, then send()s a byte on its socket end and blocks in recv() for the reply; the server recv()s that byte before touching req/resp, fills resp, then send()s the reply byte and stops touching them; the client reads resp only after its recv() returns. Each side's accesses are ordered by the socket messages, never concurrent. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

struct request {
    int op;
    int a, b;
};

struct response {
    int status;
    long value;
};

static struct request req;
static struct response resp;
static int sv[2];

static void must(int ok, const char *what)
{
    if (!ok) {
        perror(what);
        exit(1);
    }
}

static void *rpc_server(void *arg)
{
    char c;
    (void)arg;
    must(recv(sv[1], &c, 1, 0) == 1, "server recv");
    switch (req.op) {
    case 1:
        resp.value = (long)req.a + req.b;
        resp.status = 0;
        break;
    case 2:
        resp.value = (long)req.a * req.b;
        resp.status = 0;
        break;
    default:
        resp.status = -1;
        break;
    }
    must(send(sv[1], &c, 1, 0) == 1, "server send");
    return NULL;
}

static void *rpc_client(void *arg)
{
    char c = 'q';
    (void)arg;
    req.op = 2;
    req.a = 6;
    req.b = 7;
    must(send(sv[0], &c, 1, 0) == 1, "client send");
    must(recv(sv[0], &c, 1, 0) == 1, "client recv");
    printf("status %d value %ld\n", resp.status, resp.value);
    resp.status = 99;
    return NULL;
}

int main(void)
{
    pthread_t s, c;
    must(socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0, "socketpair");
    pthread_create(&s, NULL, rpc_server, NULL);
    pthread_create(&c, NULL, rpc_client, NULL);
    pthread_join(s, NULL);
    pthread_join(c, NULL);
    close(sv[0]);
    close(sv[1]);
    return resp.status == 99 ? 0 : 1;
}
