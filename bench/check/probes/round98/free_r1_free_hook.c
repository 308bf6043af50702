/* TRUTH: free — reap joins before releasing through the free hook (which is free); results read after reap. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

struct thread { pthread_t id; int *out; };

static void (*thr_free)(void *) = free;

static struct thread *spawn(void *(*fn)(void *), int *out)
{
    struct thread *t = malloc(sizeof *t);
    if (!t) abort();
    t->out = out;
    pthread_create(&t->id, NULL, fn, out);
    return t;
}

static void reap(struct thread *t)
{
    pthread_join(t->id, NULL);
    thr_free(t);
}

static int res[2];

static void *work(void *arg) { *(int *)arg += 5; return NULL; }

int main(void)
{
    struct thread *a = spawn(work, &res[0]);
    struct thread *b = spawn(work, &res[1]);
    reap(a);
    reap(b);
    printf("%d %d\n", res[0], res[1]);
    return 0;
}
