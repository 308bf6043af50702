// racy: ids are int, but the thread reads only the low byte: ids 0 and 256 read as 0 (little endian x86), threads 0 and 256 write out[0].
#include <pthread.h>
#define N 258
static int out[N];
static void *worker(void *arg)
{
    unsigned char id = *(unsigned char *)arg;
    out[id]++;
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
    return out[0];
}
