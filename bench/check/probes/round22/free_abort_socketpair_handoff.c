/* TRUTH: race-free. (variant of ../free_socketpair_handoff.c: error paths abort() instead of return 1) main writes the fields of `job` and then send()s one byte on sv[0]; the worker's blocking recv() on sv[1] returns after that send, so main's stores happen before the worker's loads; main does not touch job again until after the join. */
#include <pthread.h>
#include <stdlib.h>
#include <stdio.h>
#include <sys/socket.h>
#include <unistd.h>

struct job {
    int id;
    double weight;
};

static int sv[2];
static struct job job;

static void *worker(void *arg)
{
    char c;
    (void)arg;
    recv(sv[1], &c, 1, 0);
    printf("job %d weight %f\n", job.id, job.weight);
    return NULL;
}

int main(void)
{
    pthread_t t;
    if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv) != 0)
        abort();
    pthread_create(&t, NULL, worker, NULL);
    job.id = 7;
    job.weight = 0.5;
    send(sv[0], "j", 1, 0);
    pthread_join(t, NULL);
    close(sv[0]);
    close(sv[1]);
    return 0;
}
