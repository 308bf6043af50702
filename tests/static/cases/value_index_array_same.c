// The racy twin of value_index_array.c: the loop stores the same value into every element,
// so all threads write out[0].
#include <pthread.h>
#include <stdio.h>

#define N 4
static int out[N];

static void *worker(void *arg)
{
    int id = *(int *)arg;
    out[id] = id * id; // RACE (possible): every thread's id is 0
    return NULL;
}

int main(void)
{
    pthread_t t[N];
    int ids[N];
    for (int i = 0; i < N; i++) {
        ids[i] = 0;
        pthread_create(&t[i], NULL, worker, &ids[i]);
    }
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    printf("%d\n", out[0]);
    return 0;
}
