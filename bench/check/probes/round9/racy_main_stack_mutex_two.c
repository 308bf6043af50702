/* TRUTH: racy. main gives each worker a pointer to a different stack mutex (ctx[0].lock vs ctx[1].lock) yet both write the same global total. */
#include <pthread.h>
#include <stdio.h>

struct ctx {
    pthread_mutex_t lock;
    int add;
};

static int total;

static void *worker(void *arg)
{
    struct ctx *c = arg;
    pthread_mutex_lock(&c->lock);
    total += c->add;
    pthread_mutex_unlock(&c->lock);
    return NULL;
}

int main(void)
{
    struct ctx ctx[2];
    pthread_t t[2];
    for (int i = 0; i < 2; i++) {
        pthread_mutex_init(&ctx[i].lock, NULL);
        ctx[i].add = i + 1;
        pthread_create(&t[i], NULL, worker, &ctx[i]);
    }
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    printf("%d\n", total);
    return 0;
}
