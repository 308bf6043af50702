// racy: the worker for slot 1 also clears its left neighbour p[-1], which is slot 0's worker's element.
#include <pthread.h>
#include <stdio.h>

static int slots[2];

static void *work(void *arg)
{
    int *p = arg;
    *p = 5;
    if (p != &slots[0])
        p[-1] = 0;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, work, &slots[0]);
    pthread_create(&b, NULL, work, &slots[1]);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", slots[0], slots[1]);
    return 0;
}
