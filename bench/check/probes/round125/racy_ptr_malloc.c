/* TRUTH: racy — open_dev() returns malloc's result after starting w; malloc may return NULL, and then main writes x while w runs */
#include <pthread.h>
#include <stddef.h>
#include <stdlib.h>
static pthread_t t;
static int x;
static void *w(void *a) { (void)a; x = 1; return NULL; }
static void *open_dev(void)
{
    pthread_create(&t, NULL, w, NULL);
    return malloc(16);
}
int main(void)
{
    void *p = open_dev();
    if (p == NULL)
        x = 2;
    pthread_join(t, NULL);
    free(p);
    return 0;
}
