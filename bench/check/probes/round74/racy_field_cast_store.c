/* TRUTH: racy — retarget() stores the noop thread's id into a.t through a cast pointer
   (*(pthread_t *)obj, a.t being a's first member), so the join of a.t ends the noop thread and
   the writer still runs when main reads g. */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>
struct worker { pthread_t t; int n; };
static int g;
static void *writer(void *x) { (void)x; usleep(1000); g = 1; return 0; }
static void *noop(void *x) { (void)x; return 0; }
static void retarget(void *obj, pthread_t t2) { *(pthread_t *)obj = t2; }
int main(void)
{
    struct worker a;
    pthread_t t2, keep;
    pthread_create(&a.t, 0, writer, 0);
    keep = a.t;
    pthread_create(&t2, 0, noop, 0);
    retarget(&a, t2);
    pthread_join(a.t, 0);
    printf("%d\n", g);
    pthread_join(keep, 0);
    return 0;
}
