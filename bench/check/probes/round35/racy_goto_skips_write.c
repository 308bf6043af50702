/* TRUTH: racy — the goto jumps to `out`, which is placed before `g = 1`, so w executes the write; it races with main's `g = 2`. */
#include <pthread.h>
int g;
void *w(void *a)
{
    goto out;
out:
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
