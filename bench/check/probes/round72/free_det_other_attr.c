/* TRUTH: free — attr d is set DETACHED but unused by the joined thread (created with attr j, joinable); join orders the write */
#include <pthread.h>
int res, other;
static void *w(void *a) { (void)a; res = 1; return 0; }
static void *bg(void *a) { (void)a; return 0; }
int main(void) {
    pthread_attr_t d, j;
    pthread_t t, b;
    pthread_attr_init(&d);
    pthread_attr_init(&j);
    pthread_attr_setdetachstate(&d, PTHREAD_CREATE_DETACHED);
    pthread_create(&b, &d, bg, 0);
    pthread_create(&t, &j, w, 0);
    pthread_join(t, 0);
    return res;
}
