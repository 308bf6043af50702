/* TRUTH: racy — `for (i = 0; i < 1; i++)` runs its body once, so w writes `g = 1` concurrently with main's `g = 2`. */
#include <pthread.h>
int g;
void *w(void *a) { for (int i = 0; i < 1; i++) g = 1; return 0; }
int main(void)
{
    pthread_t t;
    pthread_create(&t, 0, w, 0);
    g = 2;
    pthread_join(t, 0);
    return g;
}
