/* TRUTH: free — `do { break; g = 1; } while (0);`: the write after break never executes; only main writes g. */
#include <pthread.h>
int g;
void *w(void *a)
{
    do {
        break;
        g = 1;
    } while (0);
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
