/* TRUTH: free — t1 writes field x of every pa[i], t2 writes field y of every pa[i]: distinct non-bit-field members are distinct memory locations. */
#include <pthread.h>
struct P { int x; int y; };
static struct P pa[8];
static void *t1(void *p) { (void)p; for (int i = 0; i < 8; i++) pa[i].x = 1; return NULL; }
static void *t2(void *p) { (void)p; for (int i = 0; i < 8; i++) pa[i].y = 2; return NULL; }
int main(void) {
    pthread_t x, y;
    pthread_create(&x, NULL, t1, NULL); pthread_create(&y, NULL, t2, NULL);
    pthread_join(x, NULL); pthread_join(y, NULL);
    return pa[0].x;
}
