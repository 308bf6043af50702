/* TRUTH: racy. main "waits" for the worker with sleep(1) and then reads `status`, which the worker writes: sleep creates no happens-before, so main's read and the worker's write race (the worker may be delayed past the second). */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static int status;

static void *worker(void *arg)
{
    (void)arg;
    status = 1;
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    sleep(1);
    printf("status %d\n", status);
    pthread_join(t, NULL);
    return 0;
}
