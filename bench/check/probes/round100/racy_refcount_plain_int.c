/* TRUTH: racy — refs is a plain int decremented by several threads without a lock */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

struct obj {
    int refs;
    char name[16];
};

static void obj_release(struct obj *o)
{
    if (--o->refs == 0) {
        printf("freeing %s\n", o->name);
        free(o);
    }
}

static void *user(void *arg)
{
    struct obj *o = arg;
    printf("using %s\n", o->name);
    obj_release(o);
    return NULL;
}

int main(void)
{
    struct obj *o = calloc(1, sizeof *o);
    pthread_t t[2];
    if (!o)
        return 1;
    snprintf(o->name, sizeof o->name, "widget");
    o->refs = 2;
    pthread_create(&t[0], NULL, user, o);
    pthread_create(&t[1], NULL, user, o);
    pthread_join(t[0], NULL);
    pthread_join(t[1], NULL);
    return 0;
}
