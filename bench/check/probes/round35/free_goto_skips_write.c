/* TRUTH: free — in w, `goto out;` jumps over `g = 1`, which is unreachable; only main writes g. */
#include <pthread.h>
int g;
void *w(void *a)
{
    goto out;
    g = 1;
out:
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
