/* TRUTH: free — thread t runs w(NULL) (reads g, writes out); main's direct call w((void *)1), writing g = 1, comes only after pthread_join */
#include <pthread.h>
int g;
int out;
void *w(void *arg)
{
    if (arg)
        g = 1;
    else
        out = g;
    return 0;
}
int main(void)
{
    pthread_t th;
    pthread_create(&th, 0, w, NULL);
    pthread_join(th, 0);
    w((void *)1);
    return out;
}
