/* TRUTH: free — worker i writes ws[i].out through its argument; the join loop joins ws[i].t for every i created; main reads ws[N-1].out after. */
#include <pthread.h>
#define N 3
struct wk { pthread_t t; int out; } ws[N];
void *w(void *a) { ((struct wk *)a)->out = 1; return 0; }
int main(void)
{
    for (int i = 0; i < N; i++)
        pthread_create(&ws[i].t, 0, w, &ws[i]);
    for (int i = 0; i < N; i++)
        pthread_join(ws[i].t, 0);
    return ws[N - 1].out;
}
