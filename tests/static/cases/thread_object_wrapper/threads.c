// A thread library's own TU (pigz's yarn, many projects' thread.c): spawn() starts fn(arg) in a
// thread and hands back a fresh object holding its pthread_t; reap() joins the thread an
// object holds and frees the object. Callers see the object's type only by name.
#include <pthread.h>
#include <stdlib.h>

struct thread {
    pthread_t id;
    struct thread *next;
};

struct thread *spawn(void *(*fn)(void *), void *arg)
{
    struct thread *t = malloc(sizeof *t);
    if (t == NULL || pthread_create(&t->id, NULL, fn, arg) != 0)
        abort();
    t->next = NULL;
    return t;
}

void reap(struct thread *t)
{
    if (pthread_join(t->id, NULL) != 0)
        abort();
    free(t);
}
