/* TRUTH: free. Each worker gets main's local array plus its own distinct index and writes only arr[idx]; main reads after joining. */
#include <pthread.h>
#include <stdio.h>

struct arg {
    int *arr;
    int idx;
};

static void *worker(void *p)
{
    struct arg *a = p;
    a->arr[a->idx] = a->idx * 7;
    return NULL;
}

int main(void)
{
    int arr[2] = { 0, 0 };
    struct arg a0 = { arr, 0 }, a1 = { arr, 1 };
    pthread_t t0, t1;
    pthread_create(&t0, NULL, worker, &a0);
    pthread_create(&t1, NULL, worker, &a1);
    pthread_join(t0, NULL);
    pthread_join(t1, NULL);
    printf("%d %d\n", arr[0], arr[1]);
    return 0;
}
