/* TRUTH: racy — gp gets a fresh object on each pass, and each worker is handed &gp->mutex: different mutexes around total */
#include <pthread.h>
#include <stdlib.h>
struct counter {
    int hits;
    pthread_mutex_t mutex;
};
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
        gp = malloc(sizeof *gp);
        if (gp == NULL)
            return 1;
        pthread_mutex_init(&gp->mutex, NULL);
        pthread_create(&t[i], NULL, worker, &gp->mutex);
    }
    for (int i = 0; i < 3; i++)
        pthread_join(t[i], NULL);
    return total;
}
