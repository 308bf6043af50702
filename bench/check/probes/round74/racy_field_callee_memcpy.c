/* TRUTH: racy — overwrite() copies b (holding the noop thread's id) over a, so finish(&a)
   joins the noop thread and the writer still runs when main reads g. */
#include <pthread.h>
#include <string.h>
#include <stdio.h>
#include <unistd.h>
struct worker { pthread_t t; int n; };
int g;
static void *writer(void *x) { (void)x; usleep(1000); g = 1; return 0; }
static void *noop(void *x) { (void)x; return 0; }
static void overwrite(struct worker *dst, const struct worker *src) { memcpy(dst, src, sizeof *dst); }
static void finish(struct worker *w) { pthread_join(w->t, 0); }
int main(void)
{
    struct worker a, b;
    pthread_create(&a.t, 0, writer, 0);
    pthread_t keep = a.t;
    pthread_create(&b.t, 0, noop, 0);
    overwrite(&a, &b);
    finish(&a);
    printf("%d\n", g);
    pthread_join(keep, 0);
    return 0;
}
