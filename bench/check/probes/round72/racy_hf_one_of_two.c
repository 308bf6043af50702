/* TRUTH: racy — finish() joins only p->a; the thread in p->b still runs when main reads rb */
#include <pthread.h>
struct pair { pthread_t a, b; };
int ra, rb;
static void finish(struct pair *p) { pthread_join(p->a, 0); }
static void *fa(void *x) { (void)x; ra = 1; return 0; }
static void *fb(void *x) { (void)x; rb = 1; return 0; }
int main(void) {
    struct pair p;
    pthread_create(&p.a, 0, fa, 0);
    pthread_create(&p.b, 0, fb, 0);
    finish(&p);
    int r = ra + rb;
    pthread_join(p.b, 0);
    return r;
}
