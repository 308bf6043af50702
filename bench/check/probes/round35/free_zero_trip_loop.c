/* TRUTH: free — `for (i = 0; i < 0; i++)` never runs its body, so w never writes g; only main writes g. */
#include <pthread.h>
int g;
void *w(void *a) { for (int i = 0; i < 0; i++) g = 1; return 0; }
int main(void)
{
    pthread_t t;
    pthread_create(&t, 0, w, 0);
    g = 2;
    pthread_join(t, 0);
    return g;
}
