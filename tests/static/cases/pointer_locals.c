// Two local pointers to one object are not two objects: what they reach is memory by type.
#include <pthread.h>

struct job {
    int done;
};

static struct job registry;

static struct job *lookup(void)
{
    return &registry;
}

static void finish(struct job *j)
{
    j->done++; // RACE: finder and main both reach 'registry', through two different locals
}

static void *finder(void *arg)
{
    (void)arg;
    struct job *mine = lookup();
    finish(mine);
    return NULL;
}

int main(void)
{
    pthread_t f;
    pthread_create(&f, NULL, finder, NULL);
    struct job *found = lookup();
    finish(found);
    pthread_join(f, NULL);
    return registry.done;
}
