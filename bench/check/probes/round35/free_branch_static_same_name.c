/* TRUTH: free — the two `static int c` in the two branches are different objects; the thread given 1 increments the first, the thread given 0 the second. */
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
    pthread_create(&y, 0, w, (void *)0);
    pthread_join(x, 0);
    pthread_join(y, 0);
    return 0;
}
