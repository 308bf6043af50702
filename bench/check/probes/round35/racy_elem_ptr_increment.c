/* TRUTH: racy — thread i gets &a[i]; it writes `*p = 1` (a[i]) then `p++; *p = 2` (a[i+1]); thread i+1's `*p = 1` writes a[i+1] too; all four threads run before the join loop. */
#include <pthread.h>
#define N 4
int a[N + 1];
void *w(void *v) { int *p = v; *p = 1; p++; *p = 2; return 0; }
int main(void)
{
    pthread_t t[N];
    for (int i = 0; i < N; i++)
        pthread_create(&t[i], 0, w, &a[i]);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], 0);
    return a[1];
}
