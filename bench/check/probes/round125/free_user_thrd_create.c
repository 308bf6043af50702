/* TRUTH: free — this file's own static thrd_create (no <threads.h>) always starts w and returns 1; the != 0 branch joins w before x = 2, the == 0 branch never runs */
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
    if (thrd_create(&t, w, NULL) == 0) {
        x = 3;
        return 1;
    }
    pthread_join(t, NULL);
    x = 2;
    return 0;
}
