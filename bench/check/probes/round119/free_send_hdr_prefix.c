/* TRUTH: free — send(fd, &msg, offsetof(struct rpc_msg, body), 0) reads xid/proc only; the client loop fills msg.body, which starts after them */
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/socket.h>
#include <unistd.h>

struct rpc_msg {
    uint32_t xid;
    uint32_t proc;
    char body[64];
};

static struct rpc_msg msg = { 1, 7, "" };
static int sv[2];

static void *sender(void *arg)
{
    (void)arg;
    for (int i = 0; i < 60; i++) {
        if (send(sv[0], &msg, offsetof(struct rpc_msg, body), 0) < 0)
            perror("send");
        usleep(200);
    }
    return NULL;
}

static void *drain(void *arg)
{
    (void)arg;
    char buf[256];
    while (recv(sv[1], buf, sizeof buf, 0) > 0)
        ;
    return NULL;
}

int main(void)
{
    pthread_t t, d;
    if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv) != 0)
        return 1;
    pthread_create(&d, NULL, drain, NULL);
    pthread_create(&t, NULL, sender, NULL);
    for (int i = 0; i < 60; i++) {
        msg.body[i % 64] = (char)('a' + i % 26);
        usleep(200);
    }
    pthread_join(t, NULL);
    shutdown(sv[0], SHUT_WR);
    pthread_join(d, NULL);
    close(sv[0]);
    close(sv[1]);
    printf("body0=%c\n", msg.body[0]);
    return 0;
}
