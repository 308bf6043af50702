/* TRUTH: racy — bp = s.raw + 0 points into the struct's own char array; thread writes bp[1], main writes s.raw[1] */
#include <pthread.h>
struct S { char raw[4]; int b; };
static struct S s;
static char *bp = s.raw;
static void *w(void *x) { (void)x; bp[1] = 1; return 0; }
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, w, 0);
    s.raw[1] = 2;
    pthread_join(t, 0);
    return s.raw[1] + s.b;
}
