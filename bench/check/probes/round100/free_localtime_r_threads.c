/* TRUTH: free — localtime_r fills a struct tm on each thread's own stack */
#include <pthread.h>
#include <stdio.h>
#include <time.h>

static void *stamp(void *arg)
{
    time_t now = time(NULL) + (long)arg * 3600;
    struct tm tm;
    char buf[32];
    localtime_r(&now, &tm);
    strftime(buf, sizeof buf, "%H:%M:%S", &tm);
    printf("%ld: %s\n", (long)arg, buf);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, stamp, (void *)0L);
    pthread_create(&b, NULL, stamp, (void *)5L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
