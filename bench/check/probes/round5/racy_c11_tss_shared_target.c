/* TRUTH: racy - both threads store the address of the same global `shared` in their tss slot and increment through it */
#include <threads.h>
static tss_t key;
static int shared;
static int worker(void *arg)
{
    (void)arg;
    tss_set(key, &shared);
    int *p = tss_get(key);
    (*p)++;
    return 0;
}
int main(void)
{
    tss_create(&key, NULL);
    thrd_t t[2];
    for (int i = 0; i < 2; i++)
        thrd_create(&t[i], worker, NULL);
    for (int i = 0; i < 2; i++)
        thrd_join(t[i], NULL);
    return shared;
}
