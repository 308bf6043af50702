/* TRUTH: racy. Two objects from the same constructor (same malloc site) each carry their own mutex; the threads lock different ones, so the global counter increments race. */
#include <pthread.h>
#include <stdlib.h>

struct obj { pthread_mutex_t lock; };
static int counter;

static struct obj *new_obj(void)
{
    struct obj *o = malloc(sizeof *o);
    if (o)
        pthread_mutex_init(&o->lock, 0);
    return o;
}

static void *worker(void *arg)
{
    struct obj *o = arg;
    pthread_mutex_lock(&o->lock);
    counter++;
    pthread_mutex_unlock(&o->lock);
    return 0;
}

int main(void)
{
    pthread_t a, b;
    struct obj *x = new_obj(), *y = new_obj();
    if (!x || !y)
        return 1;
    pthread_create(&a, 0, worker, x);
    pthread_create(&b, 0, worker, y);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return counter;
}
