// racy: main reads the result before joining the thread through the copied handle.
#include <pthread.h>
#include <stdio.h>
struct job { pthread_t thread; int input; int result; };
static struct job job;

static void *run(void *arg)
{
    job.result = job.input * 2;
    return NULL;
}

int main(void)
{
    pthread_t t;
    job.input = 21;
    pthread_create(&t, NULL, run, NULL);
    job.thread = t;
    printf("%d\n", job.result);
    pthread_join(job.thread, NULL);
    return 0;
}
