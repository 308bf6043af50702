/* TRUTH: free — as racy_gp_store_in_helper but renew() runs once before the loop, so every thread holds the same mutex */
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

static void renew(void)
{
    gp = malloc(sizeof *gp);
    if (gp == NULL)
        exit(1);
    pthread_mutex_init(&gp->mutex, NULL);
}

int main(void)
{
    pthread_t t[3];
    renew();
    for (int i = 0; i < 3; i++)
        pthread_create(&t[i], NULL, add, gp);
    for (int i = 0; i < 3; i++)
        pthread_join(t[i], NULL);
    printf("%d\n", total);
    return 0;
}
