/* TRUTH: racy — a[0].t is overwritten with the noop thread's id before the join, so the join
   ends the noop thread and the writer still runs when main reads g. */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>
struct worker { pthread_t t; int n; };
int g;
static void *writer(void *x) { (void)x; usleep(1000); g = 1; return 0; }
static void *noop(void *x) { (void)x; return 0; }
int main(void)
{
    struct worker a[1];
    pthread_t t2, keep;
    pthread_create(&a[0].t, 0, writer, 0);
    keep = a[0].t;
    pthread_create(&t2, 0, noop, 0);
    a[0].t = t2;
    pthread_join(a[0].t, 0);
    printf("%d\n", g);
    pthread_join(keep, 0);
    return 0;
}
