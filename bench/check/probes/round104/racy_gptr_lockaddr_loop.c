/* TRUTH: racy — gp points at pool[i] on each pass, and each worker is handed &gp->mutex: different mutexes around total */
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
    pthread_mutex_t *mx = arg;
    pthread_mutex_lock(mx);
    total++;
    pthread_mutex_unlock(mx);
    return NULL;
}
int main(void)
{
    pthread_t t[3];
    for (int i = 0; i < 3; i++) {
        gp = &pool[i];
        pthread_create(&t[i], NULL, worker, &gp->mutex);
    }
    for (int i = 0; i < 3; i++)
        pthread_join(t[i], NULL);
    return total;
}
