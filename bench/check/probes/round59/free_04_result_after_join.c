/* TRUTH: free — the child writes answer; main reads answer only after pthread_join, which orders the write before the read. */
#include <pthread.h>
#include <stdio.h>

static int answer;

static int compute(int n)
{
    int acc = 0;
    for (int i = 1; i <= n; i++)
        acc += i * i;
    return acc;
}

static void *child(void *unused)
{
    (void)unused;
    answer = compute(10);
    return NULL;
}

int main(void)
{
    pthread_t th;
    if (pthread_create(&th, NULL, child, NULL) != 0)
        return 1;
    pthread_join(th, NULL);
    printf("answer=%d\n", answer);
    return 0;
}
