/* TRUTH: racy — spawn also starts a detached progress helper that writes progress; reap joins only t->id, so main's read of progress races with the helper. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

struct thread { pthread_t id; void *arg; };

static int progress;
static int result;

static void *helper(void *arg) { (void)arg; progress = 100; return NULL; }

static struct thread *spawn(void *(*fn)(void *), void *arg)
{
    pthread_t h;
    struct thread *t = malloc(sizeof *t);
    if (!t) abort();
    t->arg = arg;
    pthread_create(&t->id, NULL, fn, arg);
    if (pthread_create(&h, NULL, helper, NULL) == 0)
        pthread_detach(h);
    return t;
}

static void reap(struct thread *t)
{
    pthread_join(t->id, NULL);
    free(t);
}

static void *work(void *arg) { (void)arg; result = 7; return NULL; }

int main(void)
{
    struct thread *w = spawn(work, NULL);
    reap(w);
    printf("%d %d\n", result, progress);
    return 0;
}
