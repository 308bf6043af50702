/* TRUTH: race-free. The detached worker writes `answer` and then write()s a completion byte; main blocks in read() on the pipe and reads answer only after that byte arrived, so the worker's store happens before main's load. The worker touches nothing after its write. */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static int done_pipe[2];
static long answer;

static void *worker(void *arg)
{
    (void)arg;
    long a = 0;
    for (int i = 1; i <= 100; i++)
        a += i;
    answer = a;
    write(done_pipe[1], "!", 1);
    return NULL;
}

int main(void)
{
    pthread_t t;
    char c;
    if (pipe(done_pipe) != 0)
        return 1;
    pthread_create(&t, NULL, worker, NULL);
    pthread_detach(t);
    read(done_pipe[0], &c, 1);
    printf("%ld\n", answer);
    return 0;
}
