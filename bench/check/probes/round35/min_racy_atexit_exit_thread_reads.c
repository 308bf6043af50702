/* TRUTH: racy — h, registered with atexit before the create, runs in w's thread when w calls exit(0); h's `g = 7` races with main's read `r = g` after the create. */
#include <pthread.h>
#include <stdlib.h>
int g;
static void h(void) { g = 7; }
void *w(void *p) { exit(0); return 0; }
int main(void)
{
    pthread_t t;
    int r;
    atexit(h);
    pthread_create(&t, 0, w, 0);
    r = g;
    pthread_join(t, 0);
    return r;
}
