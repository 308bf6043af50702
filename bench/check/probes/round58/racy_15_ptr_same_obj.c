/* TRUTH: racy — both threads get &objs[0] and write p->v[0..7] of the same object unsynchronized. */
#include <pthread.h>
struct S { int v[8]; };
static struct S objs[2];
static void *w(void *arg) { struct S *p = arg; for (int i = 0; i < 8; i++) p->v[i] = 1; return NULL; }
int main(void) {
    pthread_t x, y;
    pthread_create(&x, NULL, w, &objs[0]); pthread_create(&y, NULL, w, &objs[0]);
    pthread_join(x, NULL); pthread_join(y, NULL);
    return objs[0].v[0];
}
