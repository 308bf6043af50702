/* TRUTH: racy - the loop runs i <= CH, so thread 0 also writes data[CH], the first element of thread 1's range */
#include <pthread.h>
#define CH 16
static double data[2 * CH + 1];
static void *scale(void *arg)
{
    int id = *(int *)arg;
    int base = id * CH;
    for (int i = 0; i <= CH; i++)
        data[base + i] = data[base + i] * 2.0 + id;
    return NULL;
}
int main(void)
{
    pthread_t t[2];
    int ids[2] = { 0, 1 };
    for (int i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, scale, &ids[i]);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    return data[CH] > 0 ? 0 : 1;
}
