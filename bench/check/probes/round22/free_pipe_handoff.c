/* TRUTH: race-free. main writes `data` and only then write()s one byte into the pipe; worker's blocking read() of that byte returns only after the write, so main's store to data happens before worker's load of data (kernel pipe lock orders them). No other shared access. */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static int fds[2];
static int data;

static void *worker(void *arg)
{
    char c;
    (void)arg;
    read(fds[0], &c, 1); /* blocks until main has written the byte */
    printf("worker sees %d\n", data);
    return NULL;
}

int main(void)
{
    pthread_t t;
    if (pipe(fds) != 0)
        return 1;
    pthread_create(&t, NULL, worker, NULL);
    data = 42;
    write(fds[1], "x", 1);
    pthread_join(t, NULL);
    close(fds[0]);
    close(fds[1]);
    return 0;
}
