/* TRUTH: racy — ctime(t) is asctime(localtime(t)); ctime and asctime share the static string object (C11 7.27.3p1, not required to avoid data races with each other); t1 calls ctime, t2 asctime, concurrently. */
#include <pthread.h>
#include <time.h>
time_t now = 1000000;
struct tm tmv = { .tm_year = 100, .tm_mday = 1 };
void *t1(void *p) { return ctime(&now); }
void *t2(void *p) { return asctime(&tmv); }
int main(void)
{
    pthread_t x, y;
    pthread_create(&x, 0, t1, 0);
    pthread_create(&y, 0, t2, 0);
    pthread_join(x, 0);
    pthread_join(y, 0);
    return 0;
}
