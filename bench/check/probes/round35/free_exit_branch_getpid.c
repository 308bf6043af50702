/* TRUTH: free — getpid() always returns a positive process ID, so `if (getpid() > 0) pthread_exit(0);` always ends w before `g = 1`. */
#include <pthread.h>
#include <unistd.h>
int g;
void *w(void *a)
{
    if (getpid() > 0)
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
