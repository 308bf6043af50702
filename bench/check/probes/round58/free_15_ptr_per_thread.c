/* TRUTH: free — each thread gets a different object (&objs[0], &objs[1]) and writes p->v[0..7] of its own. */
#include <pthread.h>
struct S { int v[8]; };
static struct S objs[2];
static void *w(void *arg) { struct S *p = arg; for (int i = 0; i < 8; i++) p->v[i] = 1; return NULL; }
int main(void) {
    pthread_t x, y;
    pthread_create(&x, NULL, w, &objs[0]); pthread_create(&y, NULL, w, &objs[1]);
    pthread_join(x, NULL); pthread_join(y, NULL);
    return objs[0].v[0];
}
