/* TRUTH: racy — SET(x, 1) expands to x = 1: both threads write x with no lock */
#include <pthread.h>
#define SET(a, b) a = b
int x;
void *t(void *p)
{
    SET(x, 1);
    return 0;
}
int main()
{
    pthread_t h;
    pthread_create(&h, 0, t, 0);
    SET(x, 2);
    pthread_join(h, 0);
    return 0;
}
