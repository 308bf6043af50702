// A lock reached through a pointer is named as the code names it ('q->m', not '&(q->m)').
#include <pthread.h>
#include <stdlib.h>

struct queue {
    pthread_mutex_t m;
    int n;
};

int total;

static void *worker(void *arg)
{
    struct queue *q = arg;
    pthread_mutex_lock(&(q->m));
    q->n++;    // NORACE: under the queue's lock
    total++;   // RACE: main writes it without that lock
    pthread_mutex_unlock(&(q->m));
    return NULL;
}

int main(void)
{
    struct queue *jobs = malloc(sizeof *jobs);
    if (!jobs)
        return 1;
    pthread_mutex_init(&jobs->m, NULL);
    jobs->n = 0;
    pthread_t t;
    pthread_create(&t, NULL, worker, jobs);
    total = 1; // RACE
    pthread_join(t, NULL);
    int n = jobs->n; // NORACE: after the join
    free(jobs);
    return n;
}
