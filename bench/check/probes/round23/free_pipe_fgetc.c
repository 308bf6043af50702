/* TRUTH: race-free. main reads data only after fgetc returned the byte the worker wrote into the pipe after its write data = 42 (a blocking read on a pipe waits for the writer); the worker touches data no more. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

int data;
static int fds[2];

static void *worker(void *arg)
{
    (void)arg;
    data = 42;
    if (write(fds[1], "x", 1) != 1)
        abort();
    return NULL;
}

int main(void)
{
    if (pipe(fds) != 0)
        return 1;
    FILE *in = fdopen(fds[0], "r");
    if (!in)
        return 1;
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    if (fgetc(in) == EOF) /* blocks until the worker has written */
        abort();
    printf("%d\n", data);
    pthread_join(t, NULL);
    return 0;
}
