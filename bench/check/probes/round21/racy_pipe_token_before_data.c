/* TRUTH: racy. The producer writes the wake-up byte into the pipe BEFORE it finishes filling the job ('job.checksum = ...' comes after write()); the worker returns from read() as soon as the byte is there and reads job.checksum, so the producer's late write and the worker's read can overlap. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#define NV 8

struct job {
    int values[NV];
    int count;
    unsigned checksum;
};

static struct job job;
static int wake[2];

static void *producer(void *arg)
{
    char b = 1;
    (void)arg;
    for (int i = 0; i < NV; i++)
        job.values[i] = i * i;
    job.count = NV;
    if (write(wake[1], &b, 1) != 1)
        exit(1);
    unsigned c = 0;
    for (int i = 0; i < NV; i++)
        c = c * 33 + (unsigned)job.values[i];
    job.checksum = c;               /* BUG: after the wake-up */
    return NULL;
}

static void *worker(void *arg)
{
    char b;
    (void)arg;
    if (read(wake[0], &b, 1) != 1)
        exit(1);
    unsigned c = 0;
    for (int i = 0; i < job.count; i++)
        c = c * 33 + (unsigned)job.values[i];
    if (c != job.checksum)
        fprintf(stderr, "checksum mismatch\n");
    return NULL;
}

int main(void)
{
    pthread_t p, w;
    if (pipe(wake) != 0) {
        perror("pipe");
        exit(1);
    }
    pthread_create(&w, NULL, worker, NULL);
    pthread_create(&p, NULL, producer, NULL);
    pthread_join(p, NULL);
    pthread_join(w, NULL);
    return 0;
}
