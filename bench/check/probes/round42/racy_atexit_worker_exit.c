/* TRUTH: racy — the worker's exit(0) runs handler h in the worker thread; h's g = 5 (line 7) is unordered with main's g = 1 (line 20), which main may execute while exit runs */
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
    exit(0);
    return 0;
}
int main(void)
{
    pthread_t th;
    atexit(h);
    pthread_create(&th, 0, w, 0);
    g = 1;
    pthread_join(th, 0);
    return g;
}
