/* TRUTH: racy — thread t runs w(NULL), reading g (out = g), while main calls w((void *)1) directly, writing g = 1, unordered */
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
    w((void *)1);
    pthread_join(th, 0);
    return out;
}
