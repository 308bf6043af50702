/* TRUTH: free — only main calls ctime (static buffers); the worker's localtime_r (line 9) writes its own struct; no shared object written by both */
#include <pthread.h>
#include <time.h>
static time_t t0 = 1000;
static void *a(void *x)
{
    struct tm mine;
    (void)x;
    localtime_r(&t0, &mine);
    return (void *)(long)mine.tm_sec;
}
int main(void)
{
    pthread_t th;
    pthread_create(&th, 0, a, 0);
    char *s = ctime(&t0);
    pthread_join(th, 0);
    return s != 0;
}
