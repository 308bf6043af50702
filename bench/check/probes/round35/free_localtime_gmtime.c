/* TRUTH: free — the reentrant localtime_r and gmtime_r write only the caller-supplied struct tm, each thread its own local; `now` is only read. */
#include <pthread.h>
#include <time.h>
time_t now = 1000000;
void *t1(void *p) { struct tm tm; localtime_r(&now, &tm); return (void *)(long)tm.tm_hour; }
void *t2(void *p) { struct tm tm; gmtime_r(&now, &tm); return (void *)(long)tm.tm_hour; }
int main(void)
{
    pthread_t x, y;
    pthread_create(&x, 0, t1, 0);
    pthread_create(&y, 0, t2, 0);
    pthread_join(x, 0);
    pthread_join(y, 0);
    return 0;
}
