/* TRUTH: racy. The detached worker writes `answer`; main only usleep()s before reading answer and never synchronizes with the worker: main's read and the worker's write are unordered. */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static long answer;

static void *worker(void *arg)
{
    (void)arg;
    long a = 0;
    for (int i = 1; i <= 100; i++)
        a += i;
    answer = a;
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    pthread_detach(t);
    usleep(100000);
    printf("%ld\n", answer);
    return 0;
}
