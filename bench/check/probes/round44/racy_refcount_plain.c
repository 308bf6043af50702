/* TRUTH: racy — reference count decremented with plain --, two threads update refs concurrently */
#include <pthread.h>
#include <stdlib.h>
typedef struct { int refs; int payload; } obj_t;
static void release(obj_t *o) {
    if (--o->refs == 0) free(o);
}
static void *user(void *arg) {
    obj_t *o = arg;
    int v = o->payload;
    release(o);
    return (void *)(long)v;
}
int main(void) {
    obj_t *o = malloc(sizeof *o);
    o->refs = 2;
    o->payload = 42;
    pthread_t a, b;
    pthread_create(&a, NULL, user, o);
    pthread_create(&b, NULL, user, o);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
