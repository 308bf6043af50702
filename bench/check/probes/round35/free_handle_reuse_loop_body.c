/* TRUTH: free — each pass joins the w thread in t[i] before reusing t[i] for an idle thread; the final join loop joins the idle ones. Every write `g = 1` is ordered: the w threads are serialized by the per-pass join and all finish before main's `g = 0`. */
#include <pthread.h>
#define N 2
int g;
void *w(void *p) { g = 1; return 0; }
void *idle(void *p) { return 0; }
int main(void)
{
    pthread_t t[N];
    for (int i = 0; i < N; i++) {
        pthread_create(&t[i], 0, w, 0);
        pthread_join(t[i], 0);
        pthread_create(&t[i], 0, idle, 0);
    }
    for (int i = 0; i < N; i++)
        pthread_join(t[i], 0);
    g = 0;
    return g;
}
