/* TRUTH: free — the worker just returns; h (g = 5, line 7) runs in main after main returns, after the join; main's g = 1 (line 19) is main's own */
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
