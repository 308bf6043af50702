// A function named in a struct's initializer is what that field holds, designated
// (.meta = size_of) or by position ({destroy, NULL}); braces left out or a union fall back to
// any field of the type. A call through one field does not run what another holds.
#include <pthread.h>
#include <stddef.h>

struct ops {
    void (*destroy)(void *);
    size_t (*meta)(void *);
};

int destroyed, measured;

static void destroy_it(void *p)
{
    (void)p;
    destroyed++; // NORACE: only main calls a destroy
}

static size_t size_of(void *p)
{
    (void)p;
    measured++; // RACE (definite): the worker and main both measure
    return 0;
}

struct ops by_name = {.meta = size_of};
struct ops by_place = {destroy_it, NULL};

static void *worker(void *arg)
{
    (void)arg;
    by_name.meta(NULL);
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    by_place.destroy(NULL);
    by_name.meta(NULL);
    pthread_join(t, NULL);
    return 0;
}
