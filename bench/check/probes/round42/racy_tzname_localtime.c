/* TRUTH: racy — localtime (line 8) behaves as if tzset were called and sets tzname/timezone/daylight in the worker while main reads daylight (line 15) */
#include <pthread.h>
#include <time.h>
static time_t t0 = 1000;
static void *a(void *x)
{
    (void)x;
    struct tm *p = localtime(&t0);
    return p;
}
int main(void)
{
    pthread_t th;
    pthread_create(&th, 0, a, 0);
    int d = daylight;
    pthread_join(th, 0);
    return d;
}
