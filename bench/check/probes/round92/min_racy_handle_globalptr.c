/* racy: swap_in(gp, t2) (gp = &a, a global pointer) overwrites a.t with w2's handle; the
   join of a.t waits for w2, so w1's write of counter meets main's read. */
#include <pthread.h>
struct holder { pthread_t t; };
static struct holder a, *gp = &a;
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
