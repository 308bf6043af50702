/* FREE: reference count protected by a mutex inside the object. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
struct obj { pthread_mutex_t lock; int refs; int data; };
static void obj_put(struct obj *o) {
    pthread_mutex_lock(&o->lock);
    int last = (--o->refs == 0);
    pthread_mutex_unlock(&o->lock);
    if (last) {
        pthread_mutex_destroy(&o->lock);
        free(o);
    }
}
static void *user(void *a) {
    struct obj *o = a;
    pthread_mutex_lock(&o->lock);
    o->data++;
    pthread_mutex_unlock(&o->lock);
    obj_put(o);
    return NULL;
}
int main(void) {
    struct obj *o = malloc(sizeof *o);
    pthread_mutex_init(&o->lock, NULL);
    o->refs = 3;
    o->data = 0;
    pthread_t t[2];
    for (int i = 0; i < 2; i++) pthread_create(&t[i], NULL, user, o);
    obj_put(o);
    for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
    return 0;
}
