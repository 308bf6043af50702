/* TRUTH: free — main reads tzname[0] (line 7) only after joining the worker whose tzset (line 15) writes it */
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
    pthread_join(th, 0);
    char *z = tzname[0];
    return z != 0;
}
