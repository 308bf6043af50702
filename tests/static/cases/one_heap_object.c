// What main's local holds when main gave it one allocation outside loops (and never took its
// address) is one object: threads handed it both reach it, and a race on it is definite.
// One allocation per iteration of a loop gives each thread its own.
#include <pthread.h>
#include <stdlib.h>

struct job {
    int done;
    int mine;
    pthread_mutex_t m;
};

static void *run(void *arg)
{
    struct job *j = arg;
    j->done++; // RACE (definite): both threads get main's one job
    pthread_mutex_lock(&j->m);
    j->mine++; // NORACE: under the job's own mutex
    pthread_mutex_unlock(&j->m);
    return NULL;
}

static void *own(void *arg)
{
    struct job *j = arg;
    j->done = 1; // NORACE: each thread's own allocation
    return NULL;
}

int main(void)
{
    struct job *job = malloc(sizeof *job);
    if (!job)
        return 1;
    job->done = job->mine = 0;
    pthread_mutex_init(&job->m, NULL);
    pthread_t a, b, t[4];
    pthread_create(&a, NULL, run, job);
    pthread_create(&b, NULL, run, job);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    for (int i = 0; i < 4; i++) {
        struct job *k = malloc(sizeof *k);
        if (!k)
            return 1;
        pthread_create(&t[i], NULL, own, k);
    }
    for (int i = 0; i < 4; i++)
        pthread_join(t[i], NULL);
    return job->done;
}
