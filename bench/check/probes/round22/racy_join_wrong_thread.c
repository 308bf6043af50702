/* TRUTH: racy. main joins only the `fast` thread and then reads slow_out, which the still-running `slow` thread writes: main's read of slow_out vs slow's write, unordered (slow is joined only afterwards). */
#include <pthread.h>
#include <stdio.h>

static int fast_out, slow_out;

static void *fast(void *arg)
{
    (void)arg;
    fast_out = 1;
    return NULL;
}

static void *slow(void *arg)
{
    (void)arg;
    slow_out = 2;
    return NULL;
}

int main(void)
{
    pthread_t tf, ts;
    pthread_create(&tf, NULL, fast, NULL);
    pthread_create(&ts, NULL, slow, NULL);
    pthread_join(tf, NULL);
    printf("%d %d\n", fast_out, slow_out); /* slow not joined yet */
    pthread_join(ts, NULL);
    return 0;
}
