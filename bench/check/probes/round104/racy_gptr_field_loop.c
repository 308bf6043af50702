/* TRUTH: racy — holder.p gets a fresh object on each pass of the create loop: each worker locks its own mutex around total */
#include <pthread.h>
#include <stdlib.h>
struct counter {
    pthread_mutex_t mutex;
    int hits;
};
static struct {
    struct counter *p;
} holder;
static int total;
static void *worker(void *arg)
{
    struct counter *c = arg;
    pthread_mutex_lock(&c->mutex);
    total++;
    pthread_mutex_unlock(&c->mutex);
    return NULL;
}
int main(void)
{
    pthread_t t[3];
    for (int i = 0; i < 3; i++) {
        holder.p = malloc(sizeof *holder.p);
        if (holder.p == NULL)
            return 1;
        pthread_mutex_init(&holder.p->mutex, NULL);
        pthread_create(&t[i], NULL, worker, holder.p);
    }
    for (int i = 0; i < 3; i++)
        pthread_join(t[i], NULL);
    return total;
}
