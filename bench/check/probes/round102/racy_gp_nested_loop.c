/* TRUTH: racy — each outer pass allocates a fresh counter into gp and starts two threads on it; threads of different passes hold different mutexes while incrementing total */
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
    pthread_t t[3][2];
    for (int i = 0; i < 3; i++) {
        gp = malloc(sizeof *gp);
        if (gp == NULL)
            return 1;
        pthread_mutex_init(&gp->mutex, NULL);
        for (int j = 0; j < 2; j++)
            pthread_create(&t[i][j], NULL, add, gp);
    }
    for (int i = 0; i < 3; i++)
        for (int j = 0; j < 2; j++)
            pthread_join(t[i][j], NULL);
    printf("%d\n", total);
    return 0;
}
