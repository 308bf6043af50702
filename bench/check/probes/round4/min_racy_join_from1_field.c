/* TRUTH: racy - the join loop starts at 1, so thread 0 is never joined; main reads w[0].n while it may still write it */
#include <pthread.h>
struct w { int n; pthread_t tid; } w[2];
void *run(void *a)
{
    ((struct w *)a)->n = 1;
    return 0;
}
int main(void)
{
    for (int i = 0; i < 2; i++)
        pthread_create(&w[i].tid, 0, run, &w[i]);
    for (int i = 1; i < 2; i++)
        pthread_join(w[i].tid, 0);
    return w[0].n;
}
