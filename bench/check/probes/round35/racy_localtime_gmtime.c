/* TRUTH: racy — C11 7.27.3p1: localtime and gmtime may overwrite the same static broken-down time object and are not required to avoid data races with each other; t1 calls localtime, t2 gmtime, concurrently. */
#include <pthread.h>
#include <time.h>
time_t now = 1000000;
void *t1(void *p) { return localtime(&now); }
void *t2(void *p) { return gmtime(&now); }
int main(void)
{
    pthread_t x, y;
    pthread_create(&x, 0, t1, 0);
    pthread_create(&y, 0, t2, 0);
    pthread_join(x, 0);
    pthread_join(y, 0);
    return 0;
}
