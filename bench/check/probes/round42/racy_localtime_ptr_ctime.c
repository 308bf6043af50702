/* TRUTH: racy — main reads p->tm_min (line 15) of localtime's static struct tm while the worker's ctime (line 8) rewrites it (ctime = asctime(localtime())) */
#include <pthread.h>
#include <time.h>
static time_t t0 = 1000;
static void *a(void *x)
{
    (void)x;
    return ctime(&t0);
}
int main(void)
{
    pthread_t th;
    struct tm *p = localtime(&t0);
    pthread_create(&th, 0, a, 0);
    int m = p->tm_min;
    pthread_join(th, 0);
    return m;
}
