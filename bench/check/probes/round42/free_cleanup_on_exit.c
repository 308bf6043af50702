/* TRUTH: free — c is 0, no pthread_exit, pthread_cleanup_pop(0) does not run h, so g++ (line 7) never runs */
#include <pthread.h>
static int g;
static void h(void *p)
{
    (void)p;
    g++;
}
static void *w(void *a)
{
    int c = 0;
    pthread_cleanup_push(h, 0);
    if (c)
        pthread_exit(0);
    pthread_cleanup_pop(0);
    return a;
}
int main(void)
{
    pthread_t t1, t2;
    pthread_create(&t1, 0, w, 0);
    pthread_create(&t2, 0, w, 0);
    pthread_join(t1, 0);
    pthread_join(t2, 0);
    return g;
}
