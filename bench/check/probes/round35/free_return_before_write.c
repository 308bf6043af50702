/* TRUTH: free — w returns before `g = 1` (dead code after return); only main writes g. */
#include <pthread.h>
int g;
void *w(void *a)
{
    return 0;
    g = 1;
}
int main(void)
{
    pthread_t t;
    pthread_create(&t, 0, w, 0);
    g = 2;
    pthread_join(t, 0);
    return g;
}
