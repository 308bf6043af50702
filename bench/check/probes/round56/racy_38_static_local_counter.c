/* TRUTH: racy — next_id() keeps a function-static counter `id` and increments it unlocked; both threads call next_id(); thread vs thread on the static local. */
#include <pthread.h>
#include <stdio.h>

static int next_id(void)
{
    static int id;
    return ++id;
}

static void *worker(void *arg)
{
    int *out = arg;
    for (int i = 0; i < 5; i++)
        out[i] = next_id();
    return NULL;
}

int main(void)
{
    int a_ids[5], b_ids[5];
    pthread_t a, b;
    pthread_create(&a, NULL, worker, a_ids);
    pthread_create(&b, NULL, worker, b_ids);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", a_ids[4], b_ids[4]);
    return 0;
}
