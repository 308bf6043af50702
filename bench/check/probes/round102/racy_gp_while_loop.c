/* TRUTH: racy — a while loop allocates a fresh counter into gp each pass; each thread holds its own mutex while incrementing total */
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
    int i = 0;
    while (i < 3) {
        gp = malloc(sizeof *gp);
        if (gp == NULL)
            return 1;
        pthread_mutex_init(&gp->mutex, NULL);
        pthread_create(&t[i], NULL, add, gp);
        i++;
    }
    for (i = 0; i < 3; i++)
        pthread_join(t[i], NULL);
    printf("%d\n", total);
    return 0;
}
