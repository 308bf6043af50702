// A helper that locks and unlocks the element's recursive mutex its caller already holds
// leaves it held: the caller's write after the call is still protected. A helper that
// releases the caller's lock without taking it first leaves the write unprotected.
#define _GNU_SOURCE
#include <pthread.h>

struct obj {
    pthread_mutex_t lock;
    int v;
    int w;
};
static struct obj objs[2];

static void touch(struct obj *o)
{
    pthread_mutex_lock(&o->lock);
    o->w++; // NORACE
    pthread_mutex_unlock(&o->lock);
}
static void drop(struct obj *o) { pthread_mutex_unlock(&o->lock); }

static void *worker(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&objs[0].lock);
    touch(&objs[0]);
    objs[0].v++; // NORACE
    pthread_mutex_unlock(&objs[0].lock);
    pthread_mutex_lock(&objs[1].lock);
    drop(&objs[1]);
    objs[1].v++; // RACE
    return NULL;
}

int main(void)
{
    pthread_mutexattr_t a;
    pthread_mutexattr_init(&a);
    pthread_mutexattr_settype(&a, PTHREAD_MUTEX_RECURSIVE);
    for (int i = 0; i < 2; i++)
        pthread_mutex_init(&objs[i].lock, &a);
    pthread_t t[2];
    for (int i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, worker, NULL);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    return 0;
}
