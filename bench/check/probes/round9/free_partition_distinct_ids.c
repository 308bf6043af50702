/* TRUTH: free. The workers get ids 0 and 1, so exactly one writes left and the other writes right. */
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
    int ids[2] = { 0, 1 };
    for (int i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, worker, &ids[i]);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    printf("%d %d\n", left, right);
    return 0;
}
