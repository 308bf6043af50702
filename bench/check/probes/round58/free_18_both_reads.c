/* TRUTH: free — main fills a before creating the threads; t1 reads a[0..7] and t2 reads a[4..7]: read-read only. */
#include <pthread.h>
static int a[8];
static int s1, s2;
static void *t1(void *p) { (void)p; int s = 0; for (int i = 0; i < 8; i++) s += a[i]; s1 = s; return NULL; }
static void *t2(void *p) { (void)p; int s = 0; for (int i = 4; i < 8; i++) s += a[i]; s2 = s; return NULL; }
int main(void) {
    for (int i = 0; i < 8; i++) a[i] = i;
    pthread_t x, y;
    pthread_create(&x, NULL, t1, NULL); pthread_create(&y, NULL, t2, NULL);
    pthread_join(x, NULL); pthread_join(y, NULL);
    return s1 + s2;
}
