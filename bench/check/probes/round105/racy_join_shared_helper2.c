/* TRUTH: racy — third (started first) calls bump() without joining first, so its write of r races with first reading r */
#include <pthread.h>
#include <stdlib.h>


static pthread_t h1;
static int r;
static void *first(void *a) { (void)a; int v = r; (void)v; return NULL; }
static void bump(void) { r = 1; }
static void *second(void *a) {
    (void)a;
    pthread_join(h1, NULL);
    bump();
    return NULL;
}
static void *third(void *a) {
    (void)a;
    bump();
    return NULL;
}
int main(void) {
    pthread_t h2, h3;
    pthread_create(&h3, NULL, third, NULL);
    pthread_create(&h1, NULL, first, NULL);
    pthread_create(&h2, NULL, second, NULL);
    pthread_join(h2, NULL);
    pthread_join(h3, NULL);
    return 0;
}
