/* TRUTH: racy — the copy job stores its destination as a void * field pointing at the global result; the copier memcpy()s into it while the consumer reads result.value concurrently */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

struct sample {
    double value;
    long stamp;
};

struct copy_job {
    void *dst;
    const void *src;
    size_t n;
};

static struct sample result;

static void *copier(void *arg)
{
    struct copy_job *job = arg;
    for (int i = 0; i < 200; i++) {
        memcpy(job->dst, job->src, job->n);
        usleep(100);
    }
    return NULL;
}

static void *consumer(void *arg)
{
    double *acc = arg;
    for (int i = 0; i < 200; i++) {
        *acc += result.value;
        usleep(100);
    }
    return NULL;
}

int main(void)
{
    double acc = 0;
    static const struct sample fresh = { 2.5, 42 };
    static struct copy_job job;
    job.dst = &result;
    job.src = &fresh;
    job.n = sizeof fresh;
    pthread_t a, b;
    pthread_create(&a, NULL, copier, &job);
    pthread_create(&b, NULL, consumer, &acc);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%f\n", acc);
    return 0;
}
