/* TRUTH: racy — main passes obj to reader_fn and then, before joining, writes obj->level through the alias cfg; reader_fn reads o->level concurrently. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

typedef struct {
    int level;
    int id;
} object_t;

static void *reader_fn(void *p)
{
    object_t *o = p;
    int acc = 0;
    for (int i = 0; i < 3; i++)
        acc += o->level;
    return (void *)(long)acc;
}

int main(void)
{
    object_t *obj = malloc(sizeof *obj);
    if (!obj)
        return 1;
    obj->level = 1;
    obj->id = 9;
    object_t *cfg = obj;
    pthread_t t;
    pthread_create(&t, NULL, reader_fn, obj);
    cfg->level = 5;
    void *r;
    pthread_join(t, &r);
    printf("%ld\n", (long)r);
    free(obj);
    return 0;
}
