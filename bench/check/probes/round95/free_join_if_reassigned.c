/* free: both handles are joined (each under if (h)) before main touches x and y. */
#include <pthread.h>
static int x, y;
static void *w1(void *p) { (void)p; x++; return 0; }
static void *w2(void *p) { (void)p; y++; return 0; }
int main(void) {
    pthread_t a = 0, b = 0;
    pthread_create(&a, 0, w1, 0);
    pthread_create(&b, 0, w2, 0);
    if (a) pthread_join(a, 0);
    if (b) pthread_join(b, 0);
    a = b;
    x++;
    y++;
    return x + y;
}
