#include <pthread.h>
#include <stdio.h>
#include <unistd.h>
#define N 3
struct w {
    union {
        pthread_t tid;
        unsigned long raw;
    };
    int id;
};
static int res[N];
static void *work(void *arg)
{
    struct w *w = arg;
    if (w->id == 0)
        usleep(20000);
    res[w->id] = w->id + 1;
    return 0;
}
int main(void)
{
    struct w ws[N];
    int sum = 0;
    for (int i = 0; i < N; i++) {
        ws[i].id = i;
        pthread_create(&ws[i].tid, 0, work, &ws[i]);
    }
    for (int i = 0; i < N; i++) {
        pthread_join(ws[i].tid, 0);
        sum += res[i];
    }
    printf("%d\n", sum);
    return 0;
}
