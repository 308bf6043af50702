/* TRUTH: racy — c is 0, so no exit; pthread_cleanup_pop(1) runs h, whose g++ (line 7) runs in both workers */
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
    pthread_cleanup_pop(1);
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
