/* TRUTH: racy — the reference drop uses memory_order_relaxed, so the last dropper's obj_destroy write o->data[0] = -1 (line 13) is not ordered after the other user's read of o->data[0] (line 24): relaxed RMWs do not synchronize. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <stdio.h>

struct obj {
    atomic_int refs;
    int data[4];
};

static void obj_destroy(struct obj *o) {
    o->data[0] = -1; // @B
    free(o);
}

static void obj_put(struct obj *o) {
    if (atomic_fetch_sub_explicit(&o->refs, 1, memory_order_relaxed) == 1)
        obj_destroy(o);
}

static void *user(void *arg) {
    struct obj *o = arg;
    long s = o->data[0] + o->data[3]; // @A
    obj_put(o);
    return (void *)s;
}

int main(void) {
    struct obj *o = malloc(sizeof *o);
    if (!o) return 1;
    for (int i = 0; i < 4; i++) o->data[i] = i + 1;
    atomic_init(&o->refs, 2);
    pthread_t a, b;
    void *ra, *rb;
    pthread_create(&a, NULL, user, o);
    pthread_create(&b, NULL, user, o);
    pthread_join(a, &ra);
    pthread_join(b, &rb);
    printf("%ld %ld\n", (long)ra, (long)rb);
    return 0;
}
