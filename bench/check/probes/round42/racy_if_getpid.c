/* TRUTH: racy — getpid() is never negative, so no worker exits; g++ (line 11) runs in both workers unordered */
#include <pthread.h>
#include <unistd.h>
static int g;

static void *w(void *a)
{
    (void)a;
    if (getpid() < 0)
        pthread_exit(0);
    g++;
    return 0;
}
int main(void)
{
    pthread_t t1, t2;
    pthread_create(&t1, 0, w, 0);
    pthread_create(&t2, 0, w, 0);
    pthread_join(t1, 0);
    pthread_join(t2, 0);
    return g;
}
