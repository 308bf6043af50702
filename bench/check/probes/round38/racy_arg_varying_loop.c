/* TRUTH: racy — the loop starts w with arg 0 and arg 1: w(1) writes g = 1 while w(0) reads g (out = g), unordered */
#include <pthread.h>
int g;
int out;
void *w(void *arg)
{
    long id = (long)arg;
    if (id)
        g = 1;
    else
        out = g;
    return 0;
}
int main(void)
{
    pthread_t t[2];
    for (long i = 0; i < 2; i++)
        pthread_create(&t[i], 0, w, (void *)i);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], 0);
    return out;
}
