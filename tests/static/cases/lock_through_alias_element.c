// A local pointer into what a parameter points at names that object's part only as far as its
// value does: d = &p->datum is the object's own datum, so lock(m) with m = &p->mutex guards
// it; d = &p[1].datum is the next element's, which p's own mutex does not guard: writing it
// holding p[0]'s mutex races with the thread that writes pair[1].datum holding pair[1]'s.
#include <pthread.h>

struct s {
    pthread_mutex_t mutex;
    int datum, count;
};

static struct s pair[2] = {{PTHREAD_MUTEX_INITIALIZER, 0, 0}, {PTHREAD_MUTEX_INITIALIZER, 0, 0}};

static void *other(void *arg)
{
    struct s *o = arg;
    pthread_mutex_lock(&o->mutex);
    o->datum++; // RACE
    o->count++; // NORACE
    pthread_mutex_unlock(&o->mutex);
    return NULL;
}

static void own(struct s *p)
{
    pthread_mutex_t *m = &p->mutex;
    int *c = &p->count;
    pthread_mutex_lock(m);
    (*c)++; // NORACE
    pthread_mutex_unlock(m);
}

static void neighbour(struct s *p)
{
    pthread_mutex_t *m = &p[0].mutex;
    int *d = &p[1].datum;
    pthread_mutex_lock(m);
    (*d)++; // RACE
    pthread_mutex_unlock(m);
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, other, &pair[1]);
    own(&pair[1]);
    neighbour(pair);
    pthread_join(t, NULL);
    return 0;
}
