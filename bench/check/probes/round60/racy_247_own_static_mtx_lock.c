/* TRUTH: racy — <threads.h> is NOT included; the program defines its own static mtx_t / mtx_lock / mtx_unlock that do nothing, so the "locked" shared++ in the two threads is unprotected and races. */
#include <pthread.h>
#include <stdio.h>
typedef struct { int unused; } mtx_t;
static int mtx_lock(mtx_t *m) { (void)m; return 0; }
static int mtx_unlock(mtx_t *m) { (void)m; return 0; }
static mtx_t m;
static int shared;
static void *work(void *arg) {
    for (int i = 0; i < 10000; i++) { mtx_lock(&m); shared++; mtx_unlock(&m); }
    return arg;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, work, NULL);
    pthread_create(&b, NULL, work, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", shared);
    return 0;
}
