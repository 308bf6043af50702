/* TRUTH: racy. outer() calls inner() which writes acc; outer() runs before the label and again on the second pass while w (started once) reads acc. */
#include <pthread.h>
long acc;
static void inner(long v) { acc += v; }
static void outer(void) { inner(1); }
void *w(void *a) { return (void *)acc; }
int main(void) {
    pthread_t t;
    int again = 1;
    outer();
loop:
    outer();
    if (again) {
        again = 0;
        pthread_create(&t, 0, w, 0);
        goto loop;
    }
    pthread_join(t, 0);
    return 0;
}
