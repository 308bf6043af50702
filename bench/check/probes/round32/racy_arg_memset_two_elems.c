/* TRUTH: racy. Each thread gets &a[i] and memsets two ints from there, so thread i and thread i+1 both write a[i+1]. */
#include <pthread.h>
#include <string.h>
int a[5];
static void *worker(void *arg) {
    memset(arg, 0, 2 * sizeof(int));
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
