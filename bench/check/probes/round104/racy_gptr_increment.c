/* TRUTH: racy — gp steps once (gp++) in main between the creates: the workers lock pool[0] and pool[1], different mutexes, around total */
#include <pthread.h>
struct counter {
    pthread_mutex_t mutex;
    int hits;
};
static struct counter pool[2] = {{PTHREAD_MUTEX_INITIALIZER, 0}, {PTHREAD_MUTEX_INITIALIZER, 0}};
static struct counter *gp = pool;
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
    pthread_t a, b;
    pthread_create(&a, NULL, worker, gp);
    gp++;
    pthread_create(&b, NULL, worker, gp);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return total;
}
