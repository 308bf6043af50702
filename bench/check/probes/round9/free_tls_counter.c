/* TRUTH: free. tl_count is __thread, so each thread increments its own instance; only the per-thread result is copied to distinct slots. */
#include <pthread.h>
#include <stdio.h>

static __thread int tl_count;
static int results[2];

static void *worker(void *arg)
{
    int id = *(int *)arg;
    for (int i = 0; i < 100; i++)
        tl_count++;
    results[id] = tl_count;
    return NULL;
}

int main(void)
{
    pthread_t t[2];
    int ids[2] = { 0, 1 };
    for (int i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, worker, &ids[i]);
    tl_count = 5;
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    printf("%d %d %d\n", results[0], results[1], tl_count);
    return 0;
}
