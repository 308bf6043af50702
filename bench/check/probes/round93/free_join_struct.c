// Worker handles live in a struct array and are joined through a pointer;
// each worker writes only its own w->res, read by main after the join.
#include <pthread.h>
#include <stdio.h>
#define N 3
struct w { pthread_t tid; int id; int res; };
static struct w ws[N];
static void *worker(void *arg) { struct w *me = arg; me->res = me->id * 2; return NULL; }
static pthread_t start(struct w *x) { pthread_create(&x->tid, NULL, worker, x); return x->tid; }
int main(void) {
    pthread_t ids[N];
    for (int i = 0; i < N; i++) { ws[i].id = i; ids[i] = start(&ws[i]); }
    int s = 0;
    for (int i = 0; i < N; i++) { pthread_t *tp = &ids[i]; pthread_join(*tp, NULL); s += ws[i].res; }
    printf("%d\n", s);
    return 0;
}
