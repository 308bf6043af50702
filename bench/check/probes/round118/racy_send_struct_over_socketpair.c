/* TRUTH: racy — the sender send()s the shared 'hb' struct while main updates hb.seq */
#include <pthread.h>
#include <stdio.h>
#include <sys/socket.h>
#include <unistd.h>

struct heartbeat { unsigned seq; unsigned load; };
static struct heartbeat hb;
static int sv[2];

static void *sender(void *arg)
{
    (void)arg;
    long sent = 0;
    for (int i = 0; i < 40; i++) {
        sent += send(sv[0], &hb, sizeof hb, MSG_DONTWAIT);
        usleep(250);
    }
    return (void *)sent;
}

int main(void)
{
    pthread_t t;
    if (socketpair(AF_UNIX, SOCK_DGRAM, 0, sv) != 0)
        return 1;
    pthread_create(&t, NULL, sender, NULL);
    for (int i = 0; i < 40; i++) {
        hb.seq++;
        usleep(250);
    }
    pthread_join(t, NULL);
    close(sv[0]);
    close(sv[1]);
    printf("%u\n", hb.seq);
    return 0;
}
