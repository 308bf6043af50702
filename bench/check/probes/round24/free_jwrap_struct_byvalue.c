/* TRUTH: race-free. finish() receives each job by value and joins its tid (a copy of the handle the create filled), so both threads have ended before main reads results[]. */
#include <pthread.h>
#include <stdio.h>

struct job {
    pthread_t tid;
    int id;
};

static int results[2];

static void *run(void *arg)
{
    long i = (long)arg;
    results[i] = (int)i + 5;
    return NULL;
}

static void finish(struct job j)
{
    pthread_join(j.tid, NULL);
}

int main(void)
{
    struct job a, b;
    a.id = 0;
    b.id = 1;
    pthread_create(&a.tid, NULL, run, (void *)0L);
    pthread_create(&b.tid, NULL, run, (void *)1L);
    finish(a);
    finish(b);
    printf("%d\n", results[0] + results[1]);
    return 0;
}
