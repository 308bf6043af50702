/* TRUTH: racy — c is 1, pthread_exit runs the cleanup handler h, whose g++ (line 7) runs in both workers unordered */
#include <pthread.h>
static int g;
static void h(void *p)
{
    (void)p;
    g++;
}
static void *w(void *a)
{
    int c = 1;
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
