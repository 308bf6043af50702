/* TRUTH: racy — the loop creates on gp then moves gp to a fresh counter; each thread holds a different mutex while incrementing total */
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
    pthread_t t[3];
    gp = malloc(sizeof *gp);
    if (gp == NULL)
        return 1;
    pthread_mutex_init(&gp->mutex, NULL);
    for (int i = 0; i < 3; i++) {
        pthread_create(&t[i], NULL, add, gp);
        gp = malloc(sizeof *gp);
        if (gp == NULL)
            return 1;
        pthread_mutex_init(&gp->mutex, NULL);
    }
    for (int i = 0; i < 3; i++)
        pthread_join(t[i], NULL);
    printf("%d\n", total);
    return 0;
}
