/* TRUTH: free. Each stage writes the shared record before creating the next stage and joins it before touching the record again. */
#include <pthread.h>

typedef struct { int stage; long acc; } record_t;
static record_t rec;

static void *stage2(void *arg)
{
    record_t *r = arg;
    r->acc *= 3;
    r->stage = 2;
    return NULL;
}

static void *stage1(void *arg)
{
    record_t *r = arg;
    pthread_t t;
    r->acc = 7;
    r->stage = 1;
    pthread_create(&t, NULL, stage2, r);
    pthread_join(t, NULL);
    r->acc += 1;
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, stage1, &rec);
    pthread_join(t, NULL);
    return rec.stage != 2;
}
