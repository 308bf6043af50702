/* TRUTH: race-free. In each loop iteration main mallocs a fresh job, fills it, and hands it to exactly one thread; the thread reads its inputs and writes its own job's result; main reads each job's result only after joining that job's thread (join loop over all created threads) and then frees it. No job is shared between threads. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#define NJ 4

struct job {
    int lo, hi;
    long result;
    int status;
};

static void *run_job(void *arg)
{
    struct job *j = arg;
    long s = 0;
    if (j->lo > j->hi) {
        j->status = -1;
        return NULL;
    }
    for (int i = j->lo; i <= j->hi; i++)
        s += i;
    j->result = s;
    j->status = 0;
    return NULL;
}

int main(void)
{
    pthread_t t[NJ];
    struct job *jobs[NJ];
    int created = 0;
    long total = 0;

    for (int i = 0; i < NJ; i++) {
        struct job *j = malloc(sizeof *j);
        if (!j) {
            fprintf(stderr, "oom\n");
            exit(1);
        }
        j->lo = i * 100;
        j->hi = i * 100 + 99;
        j->result = 0;
        j->status = 1;
        jobs[i] = j;
        if (pthread_create(&t[i], NULL, run_job, j) != 0) {
            perror("pthread_create");
            exit(1);
        }
        created++;
    }
    for (int i = 0; i < NJ; i++) {
        pthread_join(t[i], NULL);
        if (jobs[i]->status == 0)
            total += jobs[i]->result;
        free(jobs[i]);
    }
    printf("%d jobs, total %ld\n", created, total);
    return 0;
}
