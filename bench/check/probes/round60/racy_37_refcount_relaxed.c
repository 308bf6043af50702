/* TRUTH: racy — refcount decremented with RELAXED __atomic_fetch_sub and no fence; the last owner's plain write o->data=0 is not ordered after the other owner's plain read of o->data (relaxed RMWs create no happens-before). */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
struct obj { int refs; int data; };
static int seen[2];
static void *user(void *arg) {
    struct obj *o = *(struct obj **)arg;
    int id = ((struct obj **)arg)[1] != NULL;
    seen[id] = o->data;
    if (__atomic_fetch_sub(&o->refs, 1, __ATOMIC_RELAXED) == 1)
        o->data = 0;
    return NULL;
}
int main(void) {
    struct obj *o = malloc(sizeof *o);
    o->refs = 2;
    o->data = 8;
    struct obj *a0[2] = { o, NULL }, *a1[2] = { o, o };
    pthread_t a, b;
    pthread_create(&a, NULL, user, a0);
    pthread_create(&b, NULL, user, a1);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", seen[0], seen[1]);
    free(o);
    return 0;
}
