/* TRUTH: racy — waiter() joins the handle it is given and then reads r; second gives it h1 (first, which writes r) but third gives it h0 (a thread of other), so third's read races with first's write */
#include <pthread.h>
#include <stdlib.h>
static pthread_t h1, h0;
static int r, out[2];
static void *first(void *a) { (void)a; r = 1; return NULL; }
static void *other(void *a) { (void)a; return NULL; }
static void waiter(pthread_t t, int i) { pthread_join(t, NULL); out[i] = r; }
static void *second(void *a) { (void)a; waiter(h1, 0); return NULL; }
static void *third(void *a) { (void)a; waiter(h0, 1); return NULL; }
int main(void) {
    pthread_t h2, h3;
    pthread_create(&h1, NULL, first, NULL);
    pthread_create(&h0, NULL, other, NULL);
    pthread_create(&h2, NULL, second, NULL);
    pthread_create(&h3, NULL, third, NULL);
    pthread_join(h2, NULL);
    pthread_join(h3, NULL);
    return out[0] + out[1];
}
