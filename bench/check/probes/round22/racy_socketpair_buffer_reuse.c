/* TRUTH: racy. main sends the "frame ready" byte and then immediately reuses the global frame for the next frame (frame.seq = 2), while the worker, woken by the byte, reads frame.seq: write of frame.seq in main vs read in worker, unordered. */
#include <pthread.h>
#include <stdio.h>
#include <sys/socket.h>

struct frame {
    int seq;
    char body[16];
};

static int sv[2];
static struct frame frame;

static void *worker(void *arg)
{
    char c;
    (void)arg;
    recv(sv[1], &c, 1, 0);
    printf("frame %d\n", frame.seq);
    return NULL;
}

int main(void)
{
    pthread_t t;
    if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv) != 0)
        return 1;
    pthread_create(&t, NULL, worker, NULL);
    frame.seq = 1;
    send(sv[0], "f", 1, 0);
    frame.seq = 2; /* reused before the worker is done with it */
    pthread_join(t, NULL);
    return 0;
}
