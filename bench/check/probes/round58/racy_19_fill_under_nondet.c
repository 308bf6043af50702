/* TRUTH: racy — fill() runs in t1 when argc > 1 (possible), writing a[0..7] while t2 writes a[0..7] unsynchronized. */
#include <pthread.h>
static int a[8];
static int go;
static void fill(void) { for (int i = 0; i < 8; i++) a[i] = 1; }
static void *t1(void *p) { (void)p; if (go) fill(); return NULL; }
static void *t2(void *p) { (void)p; for (int j = 0; j < 8; j++) a[j] = 2; return NULL; }
int main(int argc, char **argv) {
    (void)argv;
    go = argc > 1;
    pthread_t x, y;
    pthread_create(&x, NULL, t1, NULL); pthread_create(&y, NULL, t2, NULL);
    pthread_join(x, NULL); pthread_join(y, NULL);
    return a[0];
}
