/* TRUTH: racy — the writer is created through p->t with p = &a; p is then moved to &b and
   reap(p) joins b's noop thread; the writer still runs when main reads g. */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>
struct worker { pthread_t t; int n; };
int g;
static struct worker a, b;
static void *writer(void *x) { (void)x; usleep(1000); g = 1; return 0; }
static void *noop(void *x) { (void)x; return 0; }
static void reap(struct worker *w) { pthread_join(w->t, 0); }
int main(void)
{
    struct worker *p = &a;
    pthread_create(&p->t, 0, writer, 0);
    pthread_create(&b.t, 0, noop, 0);
    p = &b;
    reap(p);
    printf("%d\n", g);
    pthread_join(a.t, 0);
    return 0;
}
