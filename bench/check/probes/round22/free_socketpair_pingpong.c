/* TRUTH: race-free. ping and pong alternate strictly: ping increments `rally` then sends, pong receives before incrementing and then sends back, ping receives before its next increment. Every pair of increments is ordered by a send/recv on the socketpair. */
#include <pthread.h>
#include <stdio.h>
#include <sys/socket.h>

static int sv[2];
static int rally;

static void *ping(void *arg)
{
    char c = 'p';
    (void)arg;
    for (int i = 0; i < 5; i++) {
        rally++;
        send(sv[0], &c, 1, 0);
        recv(sv[0], &c, 1, 0);
    }
    return NULL;
}

static void *pong(void *arg)
{
    char c;
    (void)arg;
    for (int i = 0; i < 5; i++) {
        recv(sv[1], &c, 1, 0);
        rally++;
        send(sv[1], &c, 1, 0);
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv) != 0)
        return 1;
    pthread_create(&a, NULL, ping, NULL);
    pthread_create(&b, NULL, pong, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", rally);
    return 0;
}
