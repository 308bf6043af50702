/* TRUTH: racy — atomic_add is an ordinary function of this program (plain *p += v, line 8); both threads call it on total unconditionally, so the two read-modify-writes are unordered. Its name does not make it atomic. */
#include <pthread.h>

static int total;

static void atomic_add(int *p, int v)
{
    *p += v;
}

static void *w(void *arg)
{
    atomic_add(&total, (int)(long)arg);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, w, (void *)1L);
    pthread_create(&b, NULL, w, (void *)2L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return total;
}
