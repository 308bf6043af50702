/* racy: two workers are created into the same handle t; if (t) join joins only the
   second, so the first one's v write races with main's read. */
#include <pthread.h>
static int v, w;
static void *w1(void *a) { (void)a; v = 1; return 0; }
static void *w2(void *a) { (void)a; w = 1; return 0; }
int main(void) {
    pthread_t t = 0;
    pthread_create(&t, 0, w1, 0);
    pthread_create(&t, 0, w2, 0);
    if (t) pthread_join(t, 0);
    return v + w;
}
