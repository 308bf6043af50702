/* TRUTH: free. The do-while body briefly drops and retakes m at its end, so every write to level happens with m held. */
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
        pthread_mutex_unlock(&m);
        pthread_mutex_lock(&m);
    } while (--n > 0);
    pthread_mutex_unlock(&m);
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
