/* TRUTH: free — the worker uses gmtime_r (line 9) into its own struct; main's read p->tm_hour (line 17) of the static struct tm has no concurrent writer */
#include <pthread.h>
#include <time.h>
static time_t t0 = 1000;
static void *a(void *x)
{
    struct tm mine;
    (void)x;
    gmtime_r(&t0, &mine);
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
