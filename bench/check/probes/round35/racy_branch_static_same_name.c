/* TRUTH: racy — both threads are started with (void *)1, so both take the first branch and increment the same first `static int c`, unordered. */
#include <pthread.h>
void *w(void *a)
{
    if ((long)a) {
        static int c;
        c++;
    } else {
        static int c;
        c++;
    }
    return 0;
}
int main(void)
{
    pthread_t x, y;
    pthread_create(&x, 0, w, (void *)1);
    pthread_create(&y, 0, w, (void *)1);
    pthread_join(x, 0);
    pthread_join(y, 0);
    return 0;
}
