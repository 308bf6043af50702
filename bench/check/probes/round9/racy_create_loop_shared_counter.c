/* TRUTH: racy. All workers created in the loop increment the global done_count with no synchronization. */
#include <pthread.h>
#include <stdio.h>

#define N 4
static int results[N];
static int done_count;

static void *worker(void *arg)
{
    int id = *(int *)arg;
    results[id] = id * id;
    done_count++;
    return NULL;
}

int main(void)
{
    pthread_t t[N];
    int ids[N];
    for (int i = 0; i < N; i++) {
        ids[i] = i;
        pthread_create(&t[i], NULL, worker, &ids[i]);
    }
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    printf("%d %d\n", results[N - 1], done_count);
    return 0;
}
