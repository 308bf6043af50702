// racy: one thread gets the whole record and clears rec->count, the other gets &rec.count and increments it.
#include <pthread.h>
#include <stdio.h>

struct rec { int id; int count; };
static struct rec rec;

static void *reset(void *arg)
{
    struct rec *r = arg;
    r->count = 0;
    return NULL;
}

static void *bump(void *arg)
{
    int *c = arg;
    (*c)++;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, reset, &rec);
    pthread_create(&b, NULL, bump, &rec.count);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", rec.count);
    return 0;
}
