/* TRUTH: free — a test-and-set spinlock built from __sync_lock_test_and_set (acquire) and __sync_lock_release (release), with the inner spin read done atomically (__atomic_load_n), guards every access to the plain list_len and items[]; main reads after joins. */
#include <pthread.h>
#include <stdio.h>

static volatile int guard;
static int items[64];
static int list_len;

static void grab(void)
{
    while (__sync_lock_test_and_set(&guard, 1))
        while (__atomic_load_n(&guard, __ATOMIC_RELAXED))
            ;
}

static void drop(void)
{
    __sync_lock_release(&guard);
}

static void *appender(void *arg)
{
    int base = (int)(long)arg;
    for (int i = 0; i < 20; i++) {
        grab();
        if (list_len < 64)
            items[list_len++] = base + i;
        drop();
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, appender, (void *)0L);
    pthread_create(&b, NULL, appender, (void *)1000L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", list_len);
    return 0;
}
