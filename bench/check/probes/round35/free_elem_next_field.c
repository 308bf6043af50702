/* TRUTH: free — thread i writes only c->v (a[i].v) and reads c->next->next, a pointer field set by main before the creates and never written afterwards; reads of unchanged data do not race. */
#include <pthread.h>
#define N 4
struct cell { int v; struct cell *next; } a[N];
void *w(void *p) { struct cell *c = p; c->v = (c->next->next != 0); return 0; }
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
