/* TRUTH: racy — before the threads, main links a[i].next = &a[(i+1)%N]; thread i writes c->v (a[i].v) and c->next->v (a[i+1].v), so thread i's `c->next->v = 2` and thread i+1's `c->v = 1` write the same field, unordered. */
#include <pthread.h>
#define N 4
struct cell { int v; struct cell *next; } a[N];
void *w(void *p) { struct cell *c = p; c->v = 1; c->next->v = 2; return 0; }
int main(void)
{
    pthread_t t[N];
    for (int i = 0; i < N; i++)
        a[i].next = &a[(i + 1) % N];
    for (int i = 0; i < N; i++)
        pthread_create(&t[i], 0, w, &a[i]);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], 0);
    return a[0].v;
}
