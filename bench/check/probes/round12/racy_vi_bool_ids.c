// racy: ids are _Bool, so ids[1] and ids[2] both hold 1; threads 1 and 2 both write out[1].
#include <pthread.h>
#include <stdbool.h>
#define N 3
static int out[N];
static void *worker(void *arg)
{
    int id = *(bool *)arg;
    out[id] += 1;
    return NULL;
}
int main(void)
{
    pthread_t t[N];
    bool ids[N];
    for (int i = 0; i < N; i++) {
        ids[i] = i;
        pthread_create(&t[i], NULL, worker, &ids[i]);
    }
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    return out[0] + out[1];
}
