// racy: ids are unsigned char and 260 threads: ids[0] and ids[256] both hold 0, so threads 0 and 256 both write out[0].
#include <pthread.h>
#define N 260
static int out[256];
static void *worker(void *arg)
{
    unsigned char id = *(unsigned char *)arg;
    out[id] = out[id] + 1;
    return NULL;
}
int main(void)
{
    pthread_t t[N];
    unsigned char ids[N];
    for (int i = 0; i < N; i++) {
        ids[i] = i;
        pthread_create(&t[i], NULL, worker, &ids[i]);
    }
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    return out[0];
}
