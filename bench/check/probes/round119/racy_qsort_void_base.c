/* TRUTH: racy — the ranker qsort()s job->base (a void * to g_scores) and its comparator reads the scores while the scorer thread updates g_scores[] */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

struct sort_job {
    void *base;
    size_t n;
    size_t size;
    int (*cmp)(const void *, const void *);
};

static int g_scores[8] = { 5, 3, 9, 1, 7, 2, 8, 4 };

static int by_value(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

static void *ranker(void *arg)
{
    struct sort_job *job = arg;
    for (int i = 0; i < 60; i++) {
        qsort(job->base, job->n, job->size, job->cmp);
        usleep(200);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    static struct sort_job job;
    job.base = g_scores;
    job.n = 8;
    job.size = sizeof g_scores[0];
    job.cmp = by_value;
    pthread_create(&t, NULL, ranker, &job);
    for (int i = 0; i < 60; i++) {
        g_scores[i % 8] = (i * 37) % 100;
        usleep(200);
    }
    pthread_join(t, NULL);
    printf("top=%d\n", g_scores[7]);
    return 0;
}
