/* TRUTH: racy — volatile is not synchronization: publisher writes volatile int published and plain record fields while subscriber spins on published and then reads record; accesses to published (and record) are unordered non-atomic accesses. */
#include <pthread.h>
#include <stdio.h>

struct rec { int id; double score; };
static struct rec record;
static volatile int published;

static void *publisher(void *a)
{
    (void)a;
    record.id = 5;
    record.score = 2.5;
    published = 1;
    return NULL;
}

static void *subscriber(void *a)
{
    while (!published)
        ;
    *(double *)a = record.id * record.score;
    return NULL;
}

int main(void)
{
    double out = 0;
    pthread_t p, s;
    pthread_create(&s, NULL, subscriber, &out);
    pthread_create(&p, NULL, publisher, NULL);
    pthread_join(p, NULL);
    pthread_join(s, NULL);
    printf("%f\n", out);
    return 0;
}
