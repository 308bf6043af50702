/* TRUTH: free — main send()s the 'hb' struct only after joining the thread that filled it */
#include <pthread.h>
#include <stdio.h>
#include <sys/socket.h>
#include <unistd.h>

struct heartbeat { unsigned seq; unsigned load; };
static struct heartbeat hb;

static void *filler(void *arg)
{
    (void)arg;
    for (int i = 0; i < 40; i++) {
        hb.seq++;
        hb.load = (unsigned)i;
    }
    return NULL;
}

int main(void)
{
    int sv[2];
    pthread_t t;
    if (socketpair(AF_UNIX, SOCK_DGRAM, 0, sv) != 0)
        return 1;
    pthread_create(&t, NULL, filler, NULL);
    pthread_join(t, NULL);
    long sent = send(sv[0], &hb, sizeof hb, MSG_DONTWAIT);
    close(sv[0]);
    close(sv[1]);
    printf("%ld\n", sent);
    return 0;
}
