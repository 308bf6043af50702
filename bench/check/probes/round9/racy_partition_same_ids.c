/* TRUTH: racy. Both workers get id 0 (the ids array is {0, 0}), so both take the id == 0 branch and write left concurrently. */
#include <pthread.h>
#include <stdio.h>

static int left, right;

static void *worker(void *arg)
{
    int id = *(int *)arg;
    if (id == 0)
        left++;
    else
        right++;
    return NULL;
}

int main(void)
{
    pthread_t t[2];
    int ids[2] = { 0, 0 };
    for (int i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, worker, &ids[i]);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    printf("%d %d\n", left, right);
    return 0;
}
