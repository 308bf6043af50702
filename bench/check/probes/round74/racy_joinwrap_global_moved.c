/* TRUTH: racy — finish(&a) joins the handle of the object cur points at (b), not its
   parameter's own; a's writer still runs when main reads g. */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>
struct worker { pthread_t t; int n; };
static int g;
static struct worker a, b;
static struct worker *cur = &b;
static void *writer(void *x) { (void)x; usleep(1000); g = 1; return 0; }
static void *noop(void *x) { (void)x; return 0; }
static void finish(struct worker *w) { if (w) w = cur; pthread_join(w->t, 0); }
int main(void)
{
    pthread_create(&a.t, 0, writer, 0);
    pthread_create(&b.t, 0, noop, 0);
    finish(&a);
    printf("%d\n", g);
    pthread_join(a.t, 0);
    return 0;
}
