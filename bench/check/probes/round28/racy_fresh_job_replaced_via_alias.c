/* TRUTH: racy. Each iteration allocates a job, but for every iteration after the first the
   local is redirected (through the pointer jp = &j) to the first job, so all workers get
   the same job and increment job->done with no lock. (Allocations after the first leak.) */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#define NW 3

struct job {
    int done;
    int size;
};

static void *worker(void *arg)
{
    struct job *jb = arg;
    jb->done++;
    return NULL;
}

int main(void)
{
    pthread_t t[NW];
    struct job *first = NULL;
    for (int i = 0; i < NW; i++) {
        struct job *j = malloc(sizeof *j);
        struct job **jp = &j;
        if (!j)
            return 1;
        j->done = 0;
        j->size = i;
        if (first)
            *jp = first;
        else
            first = j;
        pthread_create(&t[i], NULL, worker, j);
    }
    for (int i = 0; i < NW; i++)
        pthread_join(t[i], NULL);
    printf("%d\n", first->done);
    return 0;
}
