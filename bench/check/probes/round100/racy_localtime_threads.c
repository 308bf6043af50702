/* TRUTH: racy — localtime() returns a pointer to one static struct tm; two threads fill and read it concurrently */
#include <pthread.h>
#include <stdio.h>
#include <time.h>

static void *stamp(void *arg)
{
    time_t now = time(NULL) + (long)arg * 3600;
    struct tm *tm = localtime(&now);
    printf("%02d:%02d:%02d\n", tm->tm_hour, tm->tm_min, tm->tm_sec);
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
