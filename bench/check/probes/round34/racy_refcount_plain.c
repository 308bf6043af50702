/* TRUTH: racy — refs is a plain int: both users execute --o->refs (line 18) unsynchronized (a read-modify-write race), and the destroy write (line 13) is not ordered after the other user's read (line 24). */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <stdio.h>

struct obj {
    int refs;
    int data[4];
};

static void obj_destroy(struct obj *o) {
    o->data[0] = -1; // @B
    free(o);
}

static void obj_put(struct obj *o) {
    if (--o->refs == 0) // @C
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
    o->refs = 2;
    pthread_t a, b;
    void *ra, *rb;
    pthread_create(&a, NULL, user, o);
    pthread_create(&b, NULL, user, o);
    pthread_join(a, &ra);
    pthread_join(b, &rb);
    printf("%ld %ld\n", (long)ra, (long)rb);
    return 0;
}
