/* TRUTH: racy — the create loop hands &a[i / 2]: threads 0 and 1 both get &a[0] and both write `*(int *)p = 1`, unordered. */
#include <pthread.h>
#define N 4
int a[N];
void *w(void *p) { *(int *)p = 1; return 0; }
int main(void)
{
    pthread_t t[N];
    for (int i = 0; i < N; i++)
        pthread_create(&t[i], 0, w, &a[i / 2]);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], 0);
    return a[0];
}
