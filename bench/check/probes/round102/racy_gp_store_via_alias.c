/* TRUTH: racy — the loop stores each fresh counter into gp through the alias slot = &gp, so each thread holds its own mutex while incrementing total */
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
    struct counter **slot = &gp;
    for (int i = 0; i < 3; i++) {
        *slot = malloc(sizeof **slot);
        if (*slot == NULL)
            return 1;
        pthread_mutex_init(&(*slot)->mutex, NULL);
        pthread_create(&t[i], NULL, add, gp);
    }
    for (int i = 0; i < 3; i++)
        pthread_join(t[i], NULL);
    printf("%d\n", total);
    return 0;
}
