/* TRUTH: racy — threads given 1 and 2 write slot[(long)p - (long)p], i.e. slot[0] both, unordered. */
#include <pthread.h>
int slot[4];
void *w(void *p) { slot[(long)p - (long)p] = 1; return 0; }
int main(void)
{
    pthread_t x, y;
    pthread_create(&x, 0, w, (void *)1);
    pthread_create(&y, 0, w, (void *)2);
    pthread_join(x, 0);
    pthread_join(y, 0);
    return slot[0];
}
