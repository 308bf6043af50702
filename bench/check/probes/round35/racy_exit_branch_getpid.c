/* TRUTH: racy — getpid() is never negative, so `if (getpid() < 0) pthread_exit(0);` is never taken and w writes `g = 1` concurrently with main's `g = 2`. */
#include <pthread.h>
#include <unistd.h>
int g;
void *w(void *a)
{
    if (getpid() < 0)
        pthread_exit(0);
    g = 1;
    return 0;
}
int main(void)
{
    pthread_t t;
    pthread_create(&t, 0, w, 0);
    g = 2;
    pthread_join(t, 0);
    return g;
}
