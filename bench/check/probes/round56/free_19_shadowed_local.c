/* TRUTH: free — the workers declare a local `count` that shadows the global; the global count is written only by main before create and after the joins. */
#include <pthread.h>
#include <stdio.h>

static int count;
static int done_flags[2];

static void *worker(void *arg)
{
    int id = (int)(long)arg;
    int count = 0;
    for (int i = 0; i < 100; i++)
        count += i & 1;
    done_flags[id] = count;
    return NULL;
}

int main(void)
{
    count = 1;
    pthread_t a, b;
    pthread_create(&a, NULL, worker, (void *)0L);
    pthread_create(&b, NULL, worker, (void *)1L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    count = done_flags[0] + done_flags[1];
    printf("%d\n", count);
    return 0;
}
