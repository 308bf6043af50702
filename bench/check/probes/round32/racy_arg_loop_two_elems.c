/* TRUTH: racy. Each thread gets &a[i] and writes p[0] and p[1] in a loop, so threads i and i+1 both write a[i+1]. */
#include <pthread.h>
int a[5];
static void *worker(void *arg) {
    int *p = arg;
    for (int j = 0; j < 2; j++)
        p[j] = j;
    return NULL;
}
int main(void) {
    pthread_t t[4];
    int i;
    for (i = 0; i < 4; i++)
        pthread_create(&t[i], NULL, worker, &a[i]);
    for (i = 0; i < 4; i++)
        pthread_join(t[i], NULL);
    return 0;
}
