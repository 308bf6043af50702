/* TRUTH: racy — main reads its local r (in r != r) while the thread it handed &r to writes r, with no synchronization between */
#include <pthread.h>
int hits;
void *t(void *p)
{
    *(int *)p = 1;
    return 0;
}
int main()
{
    pthread_t h;
    int r = 0;
    pthread_create(&h, 0, t, &r);
    if (r != r)
        hits++;
    pthread_join(h, 0);
    return hits;
}
