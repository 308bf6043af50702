/* TRUTH: racy. Each thread locks the mutex of a different element of a calloc'd array of objects, so the shared counter increments race. */
#include <pthread.h>
#include <stdlib.h>
struct obj { pthread_mutex_t lock; };
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
    pthread_t t[2];
    struct obj *o = calloc(2, sizeof *o);
    if (!o) return 1;
    for (int i = 0; i < 2; i++) pthread_mutex_init(&o[i].lock, 0);
    for (int i = 0; i < 2; i++) pthread_create(&t[i], 0, worker, &o[i]);
    for (int i = 0; i < 2; i++) pthread_join(t[i], 0);
    return counter;
}
