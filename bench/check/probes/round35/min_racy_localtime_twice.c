/* TRUTH: racy — two threads call localtime concurrently; C11 7.27.3p1: it returns a pointer to a static object and need not avoid data races with itself. */
#include <pthread.h>
#include <time.h>
time_t now = 1000000;
void *w(void *p) { return localtime(&now); }
int main(void)
{
    pthread_t x, y;
    pthread_create(&x, 0, w, 0);
    pthread_create(&y, 0, w, 0);
    pthread_join(x, 0);
    pthread_join(y, 0);
    return 0;
}
