/* TRUTH: racy. The do-while body unlocks m after its first write, so the second iteration writes level without the lock while main writes it under m. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int level;

static void *drain(void *arg)
{
    int n = *(int *)arg;
    pthread_mutex_lock(&m);
    do {
        level--;
        if (n == 3)
            pthread_mutex_unlock(&m);
    } while (--n > 0);
    return NULL;
}

int main(void)
{
    pthread_t t;
    int n = 5;
    pthread_create(&t, NULL, drain, &n);
    pthread_mutex_lock(&m);
    level += 100;
    pthread_mutex_unlock(&m);
    pthread_join(t, NULL);
    printf("%d\n", level);
    return 0;
}
