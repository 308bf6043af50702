/* TRUTH: racy — two threads given (void *)2 and (void *)3 write out[(long)p / 2]: both out[1], unordered. */
#include <pthread.h>
int out[4];
void *w(void *p) { out[(long)p / 2] = 1; return 0; }
int main(void)
{
    pthread_t x, y;
    pthread_create(&x, 0, w, (void *)2);
    pthread_create(&y, 0, w, (void *)3);
    pthread_join(x, 0);
    pthread_join(y, 0);
    return out[1];
}
