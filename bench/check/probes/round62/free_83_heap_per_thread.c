/* TRUTH: free — each thread gets its own malloc'd buffer and is the only one touching it until main joins and reads/frees it */
#include <pthread.h>
#include <stdlib.h>
static void *work(void *arg)
{
    int *buf = arg;
    for (int i = 0; i < 8; i++)
        buf[i] = i;
    return NULL;
}
int main(void)
{
    pthread_t t[2];
    int *b[2];
    for (int k = 0; k < 2; k++) {
        b[k] = malloc(8 * sizeof(int));
        if (!b[k])
            return 1;
        pthread_create(&t[k], NULL, work, b[k]);
    }
    int s = 0;
    for (int k = 0; k < 2; k++) {
        pthread_join(t[k], NULL);
        s += b[k][7];
        free(b[k]);
    }
    return s == 14 ? 0 : 1;
}
