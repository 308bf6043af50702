/* TRUTH: free — each ws[i].h.tid keeps thread i; ws[i].out and res[i] are read after its join */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>
#define N 3
struct hold { pthread_t tid; };
struct w { struct hold h; int id, out; };
static int res[N];
static void *work(void *arg)
{
    struct w *w = arg;
    if (w->id == 0)
        usleep(20000);
    w->out = w->id + 1;
    res[w->id] = w->id + 1;
    return 0;
}
int main(void)
{
    struct w ws[N];
    int sum = 0;
    for (int i = 0; i < N; i++) {
        ws[i].id = i;
        pthread_create(&ws[i].h.tid, 0, work, &ws[i]);
    }
    for (int i = 0; i < N; i++) {
        pthread_join(ws[i].h.tid, 0);
        sum += ws[i].out + res[i];
    }
    printf("%d\n", sum);
    return 0;
}
