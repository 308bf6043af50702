/* TRUTH: racy — finish(&a) moves its parameter to a.next (= &b) before joining, so it joins
   b's noop thread; a's writer still runs when main reads g. */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>
struct worker { pthread_t t; struct worker *next; };
static int g;
static void *writer(void *x) { (void)x; usleep(1000); g = 1; return 0; }
static void *noop(void *x) { (void)x; return 0; }
static void finish(struct worker *w) { w = w->next; pthread_join(w->t, 0); }
int main(void)
{
    struct worker a, b;
    pthread_create(&a.t, 0, writer, 0);
    pthread_create(&b.t, 0, noop, 0);
    a.next = &b;
    finish(&a);
    printf("%d\n", g);
    pthread_join(a.t, 0);
    return 0;
}
