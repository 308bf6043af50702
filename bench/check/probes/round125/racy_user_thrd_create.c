/* TRUTH: racy — this file's own static thrd_create (no <threads.h>) returns 1 after starting w; its != 0 branch writes x while w runs */
#include <pthread.h>
#include <stddef.h>
static pthread_t t;
static int x;
static void *w(void *a) { (void)a; x = 1; return NULL; }
static int thrd_create(pthread_t *th, void *(*fn)(void *), void *arg)
{
    pthread_create(th, NULL, fn, arg);
    return 1;
}
int main(void)
{
    if (thrd_create(&t, w, NULL) != 0)
        x = 2;
    pthread_join(t, NULL);
    return 0;
}
