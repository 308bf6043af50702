/* race-free: swap_in(gp, t1) stores w1's own handle back into a.t; the join of a.t
   waits for w1 before main reads counter. */
#include <pthread.h>
struct holder { pthread_t t; int n; };
static struct holder a;
static struct holder *gp = &a;
static int counter;
static void *w1(void *arg) { (void)arg; counter = 1; return 0; }
static void swap_in(struct holder *h, pthread_t t2) { *(pthread_t *)(void *)h = t2; }
int main(void) {
    pthread_create(&a.t, 0, w1, 0);
    pthread_t t1 = a.t;
    swap_in(gp, t1);
    pthread_join(a.t, 0);
    return counter;
}
