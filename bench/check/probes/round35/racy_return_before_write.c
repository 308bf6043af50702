/* TRUTH: racy — w writes `g = 1` before returning, concurrently with main's `g = 2`. */
#include <pthread.h>
int g;
void *w(void *a)
{
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
