/* TRUTH: racy. When fast is set the worker jumps over the lock acquisition and increments stat unlocked, racing with the other worker's increment. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int stat;

static void *worker(void *arg)
{
    int fast = *(int *)arg;
    int locked = 0;
    if (fast)
        goto update;
    pthread_mutex_lock(&m);
    locked = 1;
update:
    stat++;
    if (locked)
        pthread_mutex_unlock(&m);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    int fa = 1, fb = 0;
    pthread_create(&a, NULL, worker, &fa);
    pthread_create(&b, NULL, worker, &fb);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", stat);
    return 0;
}
