/* racy: a = b overwrites the first worker's handle, so if (a) join(a) joins the second
   worker only; the first worker's x++ races with main's. */
#include <pthread.h>
static int x, y;
static void *w1(void *p) { (void)p; x++; return 0; }
static void *w2(void *p) { (void)p; y++; return 0; }
int main(void) {
    pthread_t a = 0, b = 0;
    pthread_create(&a, 0, w1, 0);
    pthread_create(&b, 0, w2, 0);
    a = b;
    if (a) pthread_join(a, 0);
    x++;
    y++;
    return x + y;
}
