/* TRUTH: race-free. Each thread writes only its own jobs[i].out; join_job(&jobs[i]) joins jobs[i].tid for every i before main reads the outputs. */
#include <pthread.h>
#include <stdio.h>

struct job {
    pthread_t tid;
    int in;
    int out;
};

static struct job jobs[3];

static void *run(void *arg)
{
    struct job *j = arg;
    j->out = j->in * 3;
    return NULL;
}

static void join_job(struct job *j)
{
    pthread_join(j->tid, NULL);
}

int main(void)
{
    for (int i = 0; i < 3; i++) {
        jobs[i].in = i + 1;
        pthread_create(&jobs[i].tid, NULL, run, &jobs[i]);
    }
    for (int i = 0; i < 3; i++)
        join_job(&jobs[i]);
    int s = 0;
    for (int i = 0; i < 3; i++)
        s += jobs[i].out;
    printf("%d\n", s);
    return 0;
}
