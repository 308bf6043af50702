/* TRUTH: racy — gp is pointed at a second fresh counter between two start loops; threads of the two batches hold different mutexes while incrementing total */
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
    pthread_t a[2], b[2];
    gp = malloc(sizeof *gp);
    if (gp == NULL)
        return 1;
    pthread_mutex_init(&gp->mutex, NULL);
    for (int i = 0; i < 2; i++)
        pthread_create(&a[i], NULL, add, gp);
    gp = malloc(sizeof *gp);
    if (gp == NULL)
        return 1;
    pthread_mutex_init(&gp->mutex, NULL);
    for (int i = 0; i < 2; i++)
        pthread_create(&b[i], NULL, add, gp);
    for (int i = 0; i < 2; i++) {
        pthread_join(a[i], NULL);
        pthread_join(b[i], NULL);
    }
    printf("%d\n", total);
    return 0;
}
