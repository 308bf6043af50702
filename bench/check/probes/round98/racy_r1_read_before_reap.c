/* TRUTH: racy — main reads result_a before reap() joins the thread that writes it. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

struct thread { pthread_t id; void *arg; };

static struct thread *spawn(void *(*fn)(void *), void *arg)
{
    struct thread *t = malloc(sizeof *t);
    if (!t) abort();
    t->arg = arg;
    pthread_create(&t->id, NULL, fn, arg);
    return t;
}

static void reap(struct thread *t)
{
    pthread_join(t->id, NULL);
    free(t);
}

static int result_a;

static void *work_a(void *arg) { (void)arg; result_a = 42; return NULL; }

int main(void)
{
    struct thread *w = spawn(work_a, NULL);
    printf("%d\n", result_a);
    reap(w);
    return 0;
}
