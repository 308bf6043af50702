/* TRUTH: racy — main reads p->tm_hour (line 16) through localtime's static struct tm while the worker's gmtime (line 8) overwrites that same object */
#include <pthread.h>
#include <time.h>
static time_t t0 = 1000;
static void *a(void *x)
{
    (void)x;
    gmtime(&t0);
    return 0;
}
int main(void)
{
    pthread_t th;
    struct tm *p = localtime(&t0);
    pthread_create(&th, 0, a, 0);
    int h = p->tm_hour;
    pthread_join(th, 0);
    return h;
}
