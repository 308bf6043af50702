/* TRUTH: race-free. depth and errors_seen are thread-local (__thread, _Thread_local): each thread, and main, accesses its own instance, and no address of them leaves its thread. */
#include <pthread.h>
#include <stdio.h>

__thread int depth;
_Thread_local long errors_seen;

static void step(int k)
{
    depth += k;
    if (depth > 3)
        errors_seen++;
}

void *worker(void *arg)
{
    int k = (int)(long)arg;
    for (int i = 0; i < 10; i++)
        step(k);
    printf("%d %ld\n", depth, errors_seen);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, (void *)1);
    pthread_create(&b, NULL, worker, (void *)2);
    step(5);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", depth);
    return 0;
}
