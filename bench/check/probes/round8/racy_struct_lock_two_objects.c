/* TRUTH: racy. Each thread locks the mutex inside its own (different) struct, so the two unprotected-in-common increments of the global counter race. */
#include <pthread.h>

struct obj { pthread_mutex_t lock; };
static struct obj objs[2] = { { PTHREAD_MUTEX_INITIALIZER }, { PTHREAD_MUTEX_INITIALIZER } };
static int counter;

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
    pthread_create(&a, 0, worker, &objs[0]);
    pthread_create(&b, 0, worker, &objs[1]);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return counter;
}
