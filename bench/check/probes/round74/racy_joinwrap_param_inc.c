/* TRUTH: racy — finish(&ws[0]) steps its parameter to the next element before joining, so it
   joins ws[1]'s noop thread; ws[0]'s writer still runs when main reads g. */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>
struct worker { pthread_t t; int n; };
static int g;
static struct worker ws[2];
static void *writer(void *x) { (void)x; usleep(1000); g = 1; return 0; }
static void *noop(void *x) { (void)x; return 0; }
static void finish(struct worker *w) { w++; pthread_join(w->t, 0); }
int main(void)
{
    struct worker *p0 = ws;
    pthread_create(&ws[0].t, 0, writer, 0);
    pthread_create(&ws[1].t, 0, noop, 0);
    finish(p0);
    printf("%d\n", g);
    pthread_join(ws[0].t, 0);
    return 0;
}
