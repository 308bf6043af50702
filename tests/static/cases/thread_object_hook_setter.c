// A create wrapper's thread object comes from an allocator hook that a setter may replace
// (pool_mem(lease) stores its parameter, as yarn_mem does). Here the program passes a function
// that hands out one static buffer: spawn(h) reuses w1's object and overwrites its thread id,
// so reap(w1) joins h's thread while f may still run when main writes count. Calls through the
// hook are taken as fresh allocations when the extraction reads them, so the join of w1 looks
// exact; the link sees what the setter is given and says the analysis is not complete rather
// than proving the program race-free. (thread_object_hooks/ is the same library given malloc.)
// INCOMPLETE: 'my_alloc' may be given a function that is no allocator
#include <pthread.h>
#include <stdlib.h>

struct thread {
    pthread_t id;
};

static void *(*my_alloc)(size_t) = malloc;
static int count;

static void pool_mem(void *(*lease)(size_t))
{
    my_alloc = lease;
}

static struct thread *spawn(void *(*fn)(void *))
{
    struct thread *t = my_alloc(sizeof *t);
    if (t == NULL || pthread_create(&t->id, NULL, fn, NULL))
        abort();
    return t;
}

static void reap(struct thread *t)
{
    pthread_join(t->id, NULL);
}

static struct thread one;

static void *one_buffer(size_t n)
{
    (void)n;
    return &one;
}

static void *f(void *a)
{
    (void)a;
    count++;
    return NULL;
}

static void *h(void *a)
{
    return a;
}

int main(void)
{
    pool_mem(one_buffer);
    struct thread *w1 = spawn(f);
    struct thread *w2 = spawn(h);
    reap(w1);
    count = 1;
    reap(w2);
    return count;
}
