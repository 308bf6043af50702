/* TRUTH: racy — the offset passed is offsetof(struct rec, a), so the thread writes rec.a while main concurrently writes rec.a. */
#include <pthread.h>
#include <stddef.h>
#include <stdio.h>
struct rec { int a; int pad[3]; int b; };
static struct rec rec;
static void *setfield(void *p) {
    size_t off = *(size_t *)p;
    int *f = (int *)((char *)&rec + off);
    *f = 77;
    return NULL;
}
int main(void) {
    static size_t off = offsetof(struct rec, a);
    pthread_t t;
    pthread_create(&t, NULL, setfield, &off);
    rec.a = 1;
    pthread_join(t, NULL);
    printf("%d %d\n", rec.a, rec.b);
    return 0;
}
