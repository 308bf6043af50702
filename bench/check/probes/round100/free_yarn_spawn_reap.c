/* TRUTH: free — pigz/yarn-style spawn()/reap(); each job writes its own result, read only after reap() joins */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

struct thread { pthread_t id; struct thread *next; };

static void fail(int err) { fprintf(stderr, "thread error %d\n", err); exit(1); }

static struct thread *spawn(void *(*probe)(void *), void *payload)
{
    struct thread *th = malloc(sizeof *th);
    if (th == NULL)
        fail(12);
    int ret = pthread_create(&th->id, NULL, probe, payload);
    if (ret)
        fail(ret);
    return th;
}

static void reap(struct thread *th)
{
    int ret = pthread_join(th->id, NULL);
    if (ret)
        fail(ret);
    free(th);
}

struct job { int seq; unsigned long check; };

static void *compress_thread(void *arg)
{
    struct job *j = arg;
    unsigned long h = 5381;
    for (int i = 0; i < 1000 * (j->seq + 1); i++)
        h = h * 33 + (unsigned long)i;
    j->check = h;
    return NULL;
}

int main(void)
{
    struct job jobs[3];
    struct thread *th[3];
    for (int i = 0; i < 3; i++) {
        jobs[i].seq = i;
        th[i] = spawn(compress_thread, &jobs[i]);
    }
    for (int i = 0; i < 3; i++) {
        reap(th[i]);
        printf("job %d check %lx\n", i, jobs[i].check);
    }
    return 0;
}
