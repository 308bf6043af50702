/* TRUTH: free — array of per-thread structs; each thread gets &ctx[i] and writes only its own element; main reads after join */
#include <pthread.h>
#include <stdio.h>
#define NT 6
struct ctx { int id; int iters; long result; char label[8]; };
static struct ctx ctx[NT];
static void *work(void *arg) {
    struct ctx *c = arg;
    long acc = 0;
    for (int i = 0; i < c->iters; i++) acc += (long)i * c->id;
    c->result = acc;
    snprintf(c->label, sizeof c->label, "t%d", c->id);
    return NULL;
}
int main(void) {
    pthread_t th[NT];
    for (int i = 0; i < NT; i++) {
        ctx[i].id = i;
        ctx[i].iters = 100 * (i + 1);
        pthread_create(&th[i], NULL, work, &ctx[i]);
    }
    long s = 0;
    for (int i = 0; i < NT; i++) {
        pthread_join(th[i], NULL);
        s += ctx[i].result;
        puts(ctx[i].label);
    }
    return (int)(s & 1);
}
