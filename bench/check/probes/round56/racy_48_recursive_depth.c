/* TRUTH: racy — walk() is recursive and updates global max_depth without a lock; both walker threads call it; walker vs walker. */
#include <pthread.h>
#include <stdio.h>

static int max_depth;

static void walk(int depth, int limit)
{
    if (depth > max_depth)
        max_depth = depth;
    if (depth < limit)
        walk(depth + 1, limit);
}

static void *walker(void *arg)
{
    walk(0, (int)(long)arg);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, walker, (void *)5L);
    pthread_create(&b, NULL, walker, (void *)9L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", max_depth);
    return 0;
}
