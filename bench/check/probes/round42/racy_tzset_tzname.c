/* TRUTH: racy — the worker's tzset (line 7) writes tzname/timezone/daylight while main reads tzname[0] (line 14) */
#include <pthread.h>
#include <time.h>
static void *a(void *x)
{
    (void)x;
    tzset();
    return 0;
}
int main(void)
{
    pthread_t th;
    pthread_create(&th, 0, a, 0);
    char *z = tzname[0];
    pthread_join(th, 0);
    return z != 0;
}
