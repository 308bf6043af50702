/* TRUTH: racy — gp is given a second fresh counter between two creates (no loop); the two threads hold different mutexes while incrementing total */
#include <pthread.h>
#include <stdlib.h>
#include <stdio.h>

struct counter {
    int count;
    pthread_mutex_t mutex;
};

static int total;
static struct counter *gp;

static void *add(void *arg)
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
    gp = malloc(sizeof *gp);
    if (gp == NULL)
        return 1;
    pthread_mutex_init(&gp->mutex, NULL);
    pthread_create(&a, NULL, add, gp);
    gp = malloc(sizeof *gp);
    if (gp == NULL)
        return 1;
    pthread_mutex_init(&gp->mutex, NULL);
    pthread_create(&b, NULL, add, gp);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", total);
    return 0;
}
