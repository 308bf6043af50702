/* TRUTH: race-free. Each iteration allocates and fills its own job before handing it to a
   worker; the worker is its only user until main joins it and frees it. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#define NW 3

struct job {
    int in;
    int out;
};

static void *worker(void *arg)
{
    struct job *j = arg;
    j->out = j->in * 3;
    return NULL;
}

int main(void)
{
    pthread_t t[NW];
    struct job *jobs[NW];
    for (int i = 0; i < NW; i++) {
        struct job *j = malloc(sizeof *j);
        if (!j)
            return 1;
        j->in = i;
        j->out = 0;
        jobs[i] = j;
        pthread_create(&t[i], NULL, worker, j);
    }
    int sum = 0;
    for (int i = 0; i < NW; i++) {
        pthread_join(t[i], NULL);
        sum += jobs[i]->out;
        free(jobs[i]);
    }
    printf("%d\n", sum);
    return 0;
}
