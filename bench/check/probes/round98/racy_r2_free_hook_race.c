/* TRUTH: racy — main releases the item through the free hook (free) while the worker may still be updating it; free races with the worker's access. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

struct item { int count; char name[16]; };

static void *(*my_alloc)(size_t) = malloc;
static void (*my_free)(void *) = free;

void set_alloc(void *(*f)(size_t)) { my_alloc = f; }
void set_free(void (*f)(void *)) { my_free = f; }

static void *worker(void *arg)
{
    struct item *it = arg;
    it->count++;
    return NULL;
}

int main(void)
{
    set_alloc(malloc);
    set_free(free);
    struct item *it = my_alloc(sizeof *it);
    if (!it) return 1;
    it->count = 0;
    pthread_t t;
    pthread_create(&t, NULL, worker, it);
    my_free(it);
    pthread_join(t, NULL);
    return 0;
}
