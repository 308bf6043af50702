/* TRUTH: free — finish() joins only p->a; main reads only ra (fa's result) before joining p.b */
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
    int r = ra;
    pthread_join(p.b, 0);
    return r + rb;
}
