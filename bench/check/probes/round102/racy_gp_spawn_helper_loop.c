/* TRUTH: racy — spawn_one() stores a fresh counter into gp and starts a thread on it; called three times in a loop, each thread holds its own mutex while incrementing total */
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

static pthread_t t[3];

static void spawn_one(int i)
{
    gp = malloc(sizeof *gp);
    if (gp == NULL)
        exit(1);
    pthread_mutex_init(&gp->mutex, NULL);
    pthread_create(&t[i], NULL, add, gp);
}

int main(void)
{
    for (int i = 0; i < 3; i++)
        spawn_one(i);
    for (int i = 0; i < 3; i++)
        pthread_join(t[i], NULL);
    printf("%d\n", total);
    return 0;
}
