/* TRUTH: racy — main reads the job's check value before reap()ing the thread that writes it */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

struct thread { pthread_t id; };

static struct thread *spawn(void *(*probe)(void *), void *payload)
{
    struct thread *th = malloc(sizeof *th);
    if (th == NULL || pthread_create(&th->id, NULL, probe, payload))
        abort();
    return th;
}

static void reap(struct thread *th)
{
    if (pthread_join(th->id, NULL))
        abort();
    free(th);
}

struct job { int seq; unsigned long check; };

static void *compress_thread(void *arg)
{
    struct job *j = arg;
    unsigned long h = 5381;
    for (int i = 0; i < 100000; i++)
        h = h * 33 + (unsigned long)i;
    j->check = h;
    return NULL;
}

int main(void)
{
    struct job job = { 0, 0 };
    struct thread *th = spawn(compress_thread, &job);
    printf("check so far %lx\n", job.check);
    reap(th);
    printf("check %lx\n", job.check);
    return 0;
}
