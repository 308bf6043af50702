/* TRUTH: racy — each round_add instance gets its own counter (gp is given a fresh one each round) and takes that counter's mutex: total++ is guarded by no common lock */
#include <pthread.h>
#include <stdlib.h>
struct counter { int count; pthread_mutex_t mutex; };
static int total;
static struct counter *gp;
static void *round_add(void *arg)
{
    struct counter *c = arg;
    pthread_mutex_lock(&c->mutex);
    total++;
    pthread_mutex_unlock(&c->mutex);
    return NULL;
}
int main(void)
{
    pthread_t r[3];
    for (int i = 0; i < 3; i++) {
        gp = malloc(sizeof *gp);
        if (gp == NULL)
            return 1;
        pthread_mutex_init(&gp->mutex, NULL);
        pthread_create(&r[i], NULL, round_add, gp);
    }
    for (int i = 0; i < 3; i++)
        pthread_join(r[i], NULL);
    return total;
}
