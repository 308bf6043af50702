/* racy: swap_in(gp, t2) gets &a through global pointer gp (no conversion at the call) and
   stores t2 over a.t through a cast; the join of a.t waits for w2, not w1. */
#include <pthread.h>
struct holder { pthread_t t; int n; };
static struct holder a;
static struct holder *gp = &a;
static int counter;
static void *w1(void *arg) { (void)arg; counter = 1; return 0; }
static void *w2(void *arg) { (void)arg; return 0; }
static void swap_in(struct holder *h, pthread_t t2) { *(pthread_t *)(void *)h = t2; }
int main(void) {
    pthread_t t2;
    pthread_create(&a.t, 0, w1, 0);
    pthread_create(&t2, 0, w2, 0);
    swap_in(gp, t2);
    pthread_join(a.t, 0);
    return counter;
}
