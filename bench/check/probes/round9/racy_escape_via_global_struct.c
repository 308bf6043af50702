/* TRUTH: racy. main stores the address of its local level in a field of a global struct; the worker writes through that field while main writes level before joining. */
#include <pthread.h>
#include <stdio.h>

struct context {
    int *level;
    const char *name;
};

static struct context ctx;

static void *worker(void *arg)
{
    (void)arg;
    *ctx.level = 3;
    return NULL;
}

int main(void)
{
    int level = 1;
    pthread_t t;
    ctx.level = &level;
    ctx.name = "main";
    pthread_create(&t, NULL, worker, NULL);
    level = 2;
    pthread_join(t, NULL);
    printf("%d\n", level);
    return 0;
}
