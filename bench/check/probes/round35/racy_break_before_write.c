/* TRUTH: racy — `do { g = 1; break; } while (0);`: w writes g before the break, concurrently with main's `g = 2`. */
#include <pthread.h>
int g;
void *w(void *a)
{
    do {
        g = 1;
        break;
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
