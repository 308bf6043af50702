/* TRUTH: free — every concurrent access to `refs` uses __sync builtins (atomic RMW); the plain read in main is after both joins. */
#include <pthread.h>
#include <stdio.h>

static int refs = 1;

static void *user(void *arg)
{
    (void)arg;
    for (int i = 0; i < 100; i++) {
        __sync_fetch_and_add(&refs, 1);
        __sync_sub_and_fetch(&refs, 1);
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, user, NULL);
    pthread_create(&b, NULL, user, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", refs);
    return 0;
}
