/* TRUTH: racy — both threads write stdout's buffer with putc_unlocked and neither holds the stream's lock; the thread names stdout through a local copy */
#include <pthread.h>
#include <stdio.h>
void *t(void *arg)
{
    FILE *f = stdout;
    putc_unlocked('b', f);
    return 0;
}
int main()
{
    pthread_t h;
    pthread_create(&h, 0, t, 0);
    putc_unlocked('a', stdout);
    pthread_join(h, 0);
    return 0;
}
