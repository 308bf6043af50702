/* TRUTH: free — the worker uses ctime_r (line 9) with its own buffer, touching no static state; only main calls localtime (line 15) */
#include <pthread.h>
#include <time.h>
static time_t t0 = 1000;
static void *a(void *x)
{
    char buf[32];
    (void)x;
    return ctime_r(&t0, buf) ? 0 : x;
}
int main(void)
{
    pthread_t th;
    pthread_create(&th, 0, a, 0);
    struct tm *p = localtime(&t0);
    pthread_join(th, 0);
    return p ? 0 : 1;
}
