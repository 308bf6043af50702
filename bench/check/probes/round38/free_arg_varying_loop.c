/* TRUTH: free — w(1) writes g = 1, w(0) touches nothing shared; main reads g only after both joins */
#include <pthread.h>
int g;
int out;
void *w(void *arg)
{
    long id = (long)arg;
    if (id)
        g = 1;
    return 0;
}
int main(void)
{
    pthread_t t[2];
    for (long i = 0; i < 2; i++)
        pthread_create(&t[i], 0, w, (void *)i);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], 0);
    out = g;
    return out;
}
