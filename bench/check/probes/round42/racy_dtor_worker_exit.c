/* TRUTH: racy — the worker's exit(0) runs destructor d in the worker; d's g = 5 (line 7) is unordered with main's g = 1 (line 19) */
#include <pthread.h>
#include <stdlib.h>
static int g;
__attribute__((destructor)) static void d(void)
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
    pthread_create(&th, 0, w, 0);
    g = 1;
    pthread_join(th, 0);
    return g;
}
