/* TRUTH: racy. main write()s the wake-up byte BEFORE storing `data = 42`; the worker's read() can return right after the byte and its load of data runs concurrently with main's store (write of data in main vs read of data in worker, nothing orders them). */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static int fds[2];
static int data;

static void *worker(void *arg)
{
    char c;
    (void)arg;
    read(fds[0], &c, 1);
    printf("worker sees %d\n", data);
    return NULL;
}

int main(void)
{
    pthread_t t;
    if (pipe(fds) != 0)
        return 1;
    pthread_create(&t, NULL, worker, NULL);
    write(fds[1], "x", 1); /* too early */
    data = 42;
    pthread_join(t, NULL);
    return 0;
}
