/* TRUTH: racy — main calls itself once more, so its one store gp = malloc(...) runs twice: the two workers lock different mutexes around total */
#include <pthread.h>
#include <stdlib.h>
struct counter {
    pthread_mutex_t mutex;
    int hits;
};
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
int main(int argc, char **argv)
{
    pthread_t t;
    gp = malloc(sizeof *gp);
    if (gp == NULL)
        return 1;
    pthread_mutex_init(&gp->mutex, NULL);
    pthread_create(&t, NULL, worker, gp);
    if (argc < 2)
        main(argc + 1, argv);
    pthread_join(t, NULL);
    return total;
}
