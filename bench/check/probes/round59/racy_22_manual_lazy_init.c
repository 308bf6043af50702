/* TRUTH: racy — both threads call ensure_init(), which reads and writes the plain flag inited (and table[]) without any lock; the two threads' accesses to inited are unordered. */
#include <pthread.h>
#include <stdio.h>

static int inited;
static int table[16];

static void ensure_init(void)
{
    if (!inited) {
        for (int i = 0; i < 16; i++)
            table[i] = i * i;
        inited = 1;
    }
}

static void *lookup(void *arg)
{
    int k = (int)(long)arg;
    ensure_init();
    return (void *)(long)table[k];
}

int main(void)
{
    pthread_t a, b;
    void *ra, *rb;
    pthread_create(&a, NULL, lookup, (void *)3L);
    pthread_create(&b, NULL, lookup, (void *)5L);
    pthread_join(a, &ra);
    pthread_join(b, &rb);
    printf("%ld %ld\n", (long)ra, (long)rb);
    return 0;
}
