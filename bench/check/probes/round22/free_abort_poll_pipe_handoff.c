/* TRUTH: race-free. (variant of ../free_poll_pipe_handoff.c: error paths abort() instead of return 1) The listener poll()s the pipe with no timeout and then read()s the byte; main writes `request` before write()ing the byte, so the store happens before the listener's load (ordered through the pipe). */
#include <poll.h>
#include <pthread.h>
#include <stdlib.h>
#include <stdio.h>
#include <unistd.h>

static int p[2];
static int request;

static void *listener(void *arg)
{
    struct pollfd pf;
    char c;
    (void)arg;
    pf.fd = p[0];
    pf.events = POLLIN;
    poll(&pf, 1, -1);
    read(p[0], &c, 1);
    printf("request %d\n", request);
    return NULL;
}

int main(void)
{
    pthread_t t;
    if (pipe(p) != 0)
        abort();
    pthread_create(&t, NULL, listener, NULL);
    request = 5;
    write(p[1], "r", 1);
    pthread_join(t, NULL);
    return 0;
}
