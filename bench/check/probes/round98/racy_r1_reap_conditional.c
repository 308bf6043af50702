/* TRUTH: racy — main marks w as detached, so reap() skips the join; main's read of result races with the worker's write. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

struct thread { pthread_t id; int detached; };

static struct thread *spawn(void *(*fn)(void *), void *arg)
{
    struct thread *t = malloc(sizeof *t);
    if (!t) abort();
    t->detached = 0;
    pthread_create(&t->id, NULL, fn, arg);
    return t;
}

static void set_background(struct thread *t)
{
    if (pthread_detach(t->id) == 0)
        t->detached = 1;
}

static void reap(struct thread *t)
{
    if (!t->detached)
        pthread_join(t->id, NULL);
    free(t);
}

static int result;

static void *work(void *arg) { (void)arg; result = 7; return NULL; }

int main(void)
{
    struct thread *w = spawn(work, NULL);
    set_background(w);
    reap(w);
    printf("%d\n", result);
    return 0;
}
