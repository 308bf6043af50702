/* TRUTH: racy — u.w.t shares its bytes with u.o.h, which is given the noop thread's id; the
   join of u.w.t ends the noop thread and the writer still runs when main reads g. */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>
struct worker { pthread_t t; int n; };
struct other { pthread_t h; int m; };
int g;
static void *writer(void *x) { (void)x; usleep(1000); g = 1; return 0; }
static void *noop(void *x) { (void)x; return 0; }
int main(void)
{
    union { struct worker w; struct other o; } u;
    pthread_t t2, keep;
    pthread_create(&u.w.t, 0, writer, 0);
    keep = u.w.t;
    pthread_create(&t2, 0, noop, 0);
    u.o.h = t2;
    pthread_join(u.w.t, 0);
    printf("%d\n", g);
    pthread_join(keep, 0);
    return 0;
}
