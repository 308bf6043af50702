/* TRUTH: racy. The worker blocks in read() (a cancellation point) inside a cleanup push/pop(0) region; main's pthread_cancel returns at once and main then writes `state` before joining, while the worker, acting on the cancel, runs on_cancel which also writes state: two unordered writes. */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static int fds[2];
static int state;

static void on_cancel(void *arg)
{
    (void)arg;
    state = 1;
}

static void *worker(void *arg)
{
    char c;
    (void)arg;
    pthread_cleanup_push(on_cancel, NULL);
    read(fds[0], &c, 1); /* nobody writes: blocks until cancelled */
    pthread_cleanup_pop(0);
    return NULL;
}

int main(void)
{
    pthread_t t;
    if (pipe(fds) != 0)
        return 1;
    pthread_create(&t, NULL, worker, NULL);
    pthread_cancel(t);
    state = 2; /* the handler may be running right now */
    pthread_join(t, NULL);
    printf("%d\n", state);
    return 0;
}
