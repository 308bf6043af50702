/* TRUTH: free — main stores &c2 into gp before both creates: both workers lock c2's mutex around total */
#include <pthread.h>
struct counter {
    pthread_mutex_t mutex;
    int hits;
};
static struct counter c1 = {PTHREAD_MUTEX_INITIALIZER, 0}, c2 = {PTHREAD_MUTEX_INITIALIZER, 0};
static struct counter *gp = &c1;
static int total;
static void *worker(void *arg)
{
    struct counter *c = arg;
    pthread_mutex_lock(&c->mutex);
    total++;
    c->hits++;
    pthread_mutex_unlock(&c->mutex);
    return NULL;
}
int main(void)
{
    pthread_t a, b;
    gp = &c2;
    pthread_create(&a, NULL, worker, gp);
    pthread_create(&b, NULL, worker, gp);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return total;
}
