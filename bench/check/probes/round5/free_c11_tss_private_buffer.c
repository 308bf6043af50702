/* TRUTH: race-free - each thread mallocs its own buffer and stores it in thread-specific storage; tss_get returns only the calling thread's buffer */
#include <threads.h>
#include <stdlib.h>
static tss_t key;
static int worker(void *arg)
{
    int id = *(int *)arg;
    int *buf = malloc(4 * sizeof *buf);
    tss_set(key, buf);
    for (int i = 0; i < 4; i++) {
        int *p = tss_get(key);
        p[i] = id * i;
    }
    int *p = tss_get(key);
    int s = p[0] + p[3];
    free(p);
    return s;
}
int main(void)
{
    tss_create(&key, NULL);
    thrd_t t[2];
    int ids[2] = { 1, 2 };
    for (int i = 0; i < 2; i++)
        thrd_create(&t[i], worker, &ids[i]);
    for (int i = 0; i < 2; i++)
        thrd_join(t[i], NULL);
    tss_delete(key);
    return 0;
}
