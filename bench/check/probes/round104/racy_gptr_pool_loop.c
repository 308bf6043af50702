/* TRUTH: racy — gp points at pool[i] on each pass of the create loop: each worker locks a different mutex around total */
#include <pthread.h>
struct counter {
    pthread_mutex_t mutex;
    int hits;
};
static struct counter pool[3] = {{PTHREAD_MUTEX_INITIALIZER, 0}, {PTHREAD_MUTEX_INITIALIZER, 0}, {PTHREAD_MUTEX_INITIALIZER, 0}};
static struct counter *gp;
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
        gp = &pool[i];
        pthread_create(&t[i], NULL, worker, gp);
    }
    for (int i = 0; i < 3; i++)
        pthread_join(t[i], NULL);
    return total;
}
