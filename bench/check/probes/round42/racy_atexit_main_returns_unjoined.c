/* TRUTH: racy — main returns without joining, so h's g = 5 (line 7) runs in main while the worker may still do g++ (line 12) */
#include <pthread.h>
#include <stdlib.h>
static int g;
static void h(void)
{
    g = 5;
}
static void *w(void *a)
{
    (void)a;
    g++;
    return 0;
}
int main(void)
{
    pthread_t th;
    atexit(h);
    pthread_create(&th, 0, w, 0);
    return 0;
}
