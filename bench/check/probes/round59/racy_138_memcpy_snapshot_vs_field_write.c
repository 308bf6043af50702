/* TRUTH: racy — the snapshot thread memcpy's the whole shared struct (reading shared.b) without a lock while the updater writes shared.b without a lock; unordered read/write of shared.b. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

struct triple { int a, b, c; };
static struct triple shared = { 1, 2, 3 };

static void *updater(void *x)
{
    for (int i = 0; i < 10; i++)
        shared.b = i;
    return x;
}

static void *snapshot(void *x)
{
    struct triple *dst = x;
    memcpy(dst, &shared, sizeof shared);
    return NULL;
}

int main(void)
{
    struct triple copy;
    pthread_t u, s;
    pthread_create(&u, NULL, updater, NULL);
    pthread_create(&s, NULL, snapshot, &copy);
    pthread_join(u, NULL);
    pthread_join(s, NULL);
    printf("%d\n", copy.b);
    return 0;
}
