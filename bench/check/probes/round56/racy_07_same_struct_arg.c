/* TRUTH: racy — both threads receive the same heap struct `job` and both write job->done_count (job->done_count++) with no lock; thread 1 vs thread 2. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

struct job { int id; int done_count; };

static void *run(void *arg)
{
    struct job *j = arg;
    j->done_count++;
    return NULL;
}

int main(void)
{
    struct job *job = malloc(sizeof *job);
    if (!job)
        return 1;
    job->id = 1;
    job->done_count = 0;
    pthread_t a, b;
    pthread_create(&a, NULL, run, job);
    pthread_create(&b, NULL, run, job);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", job->done_count);
    free(job);
    return 0;
}
