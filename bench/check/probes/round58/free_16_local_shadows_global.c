/* TRUTH: free — t2's `a` is its own local array shadowing the global a; only t1 writes the global a. */
#include <pthread.h>
static int a[8];
static volatile int sink;
static void *t1(void *p) { (void)p; for (int i = 0; i < 8; i++) a[i] = 1; return NULL; }
static void *t2(void *p) {
    (void)p;
    int a[8];
    for (int i = 0; i < 8; i++) a[i] = 2;
    sink = a[3];
    return NULL;
}
int main(void) {
    pthread_t x, y;
    pthread_create(&x, NULL, t1, NULL); pthread_create(&y, NULL, t2, NULL);
    pthread_join(x, NULL); pthread_join(y, NULL);
    return a[0] + sink;
}
