/* TRUTH: free. Each worker receives a distinct element of jobs and writes only that element's out; main reads after joins. */
#include <pthread.h>
#include <stdio.h>

struct job {
    int in;
    int out;
};

static void *run(void *arg)
{
    struct job *j = arg;
    j->out = j->in * 2;
    return NULL;
}

int main(void)
{
    struct job jobs[2] = { { 1, 0 }, { 2, 0 } };
    pthread_t a, b;
    pthread_create(&a, NULL, run, &jobs[0]);
    pthread_create(&b, NULL, run, &jobs[1]);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", jobs[0].out, jobs[1].out);
    return 0;
}
