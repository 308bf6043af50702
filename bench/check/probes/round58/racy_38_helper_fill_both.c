/* TRUTH: racy — t1 (via fill_all) writes a[0..7], t2 (via fill_top) writes a[6..7]: a[6] written by both unsynchronized. */
#include <pthread.h>
static int a[8];
static void fill_all(void) { for (int i = 0; i < 8; i++) a[i] = 1; }
static void fill_top(void) { for (int i = 6; i < 8; i++) a[i] = 2; }
static void *t1(void *p) { (void)p; fill_all(); return NULL; }
static void *t2(void *p) { (void)p; fill_top(); return NULL; }
int main(void) {
    pthread_t x, y;
    pthread_create(&x, NULL, t1, NULL); pthread_create(&y, NULL, t2, NULL);
    pthread_join(x, NULL); pthread_join(y, NULL);
    return a[0];
}
