/* TRUTH: racy — reap(w) only runs with more than 5 arguments; normally main reads result_a while work_a may still be writing it. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

static int result_a, result_b;

static void *work_a(void *arg) { (void)arg; result_a = 1; return NULL; }
static void *work_b(void *arg) { (void)arg; result_b = 2; return NULL; }

int main(int argc, char **argv)
{
    (void)argv;
    struct thread *w = spawn(work_a, NULL);
    if (argc > 5)
        reap(w);
    printf("%d\n", result_a);
    return 0;
}
