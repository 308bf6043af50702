/* TRUTH: racy — T1 gets &s->v and writes s->w via container_of; T2 gets s and writes s->w. */
#include <pthread.h>
#include <stdlib.h>
#include <stddef.h>
#define container_of(p, T, f) ((T *)((char *)(p) - offsetof(T, f)))
struct S { int w; int v; };
void *t1(void *a) { int *pv = a; container_of(pv, struct S, v)->w = 1; return 0; }
void *t2(void *a) { struct S *s = a; s->w = 2; return 0; }
int main(void) {
    struct S *s = malloc(sizeof *s);
    pthread_t a, b;
    pthread_create(&a, 0, t1, &s->v);
    pthread_create(&b, 0, t2, s);
    pthread_join(a, 0); pthread_join(b, 0);
    return 0;
}
