/* TRUTH: racy — the join loop stops at N - 1, so worker N-1 is never joined; its write of ws[N-1].out races with main's read of it. */
#include <pthread.h>
#define N 3
struct wk { pthread_t t; int out; } ws[N];
void *w(void *a) { ((struct wk *)a)->out = 1; return 0; }
int main(void)
{
    for (int i = 0; i < N; i++)
        pthread_create(&ws[i].t, 0, w, &ws[i]);
    for (int i = 0; i < N - 1; i++)
        pthread_join(ws[i].t, 0);
    return ws[N - 1].out;
}
