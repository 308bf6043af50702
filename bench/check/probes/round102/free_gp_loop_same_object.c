/* TRUTH: free — the loop stores into gp on every pass, but always the same object one, so every thread holds one->mutex */
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
    static struct counter one = {0, PTHREAD_MUTEX_INITIALIZER};
    for (int i = 0; i < 3; i++) {
        gp = &one;
        pthread_create(&t[i], NULL, add, gp);
    }
    for (int i = 0; i < 3; i++)
        pthread_join(t[i], NULL);
    printf("%d\n", total);
    return 0;
}
