/* TRUTH: racy — ws[0].raw / ws[1].raw alias the tids and are swapped; join(ws[0].tid) waits for thread 1 while main reads res[0] that thread 0 still writes */
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
    long id = (long)arg;
    if (id == 0)
        usleep(20000);
    res[id] = (int)id + 1;
    return 0;
}
int main(void)
{
    struct w ws[N];
    int sum = 0;
    for (long i = 0; i < N; i++) {
        ws[i].id = (int)i;
        pthread_create(&ws[i].tid, 0, work, (void *)i);
    }
    unsigned long r = ws[0].raw;
    ws[0].raw = ws[1].raw;
    ws[1].raw = r;
    for (int i = 0; i < N; i++) {
        pthread_join(ws[i].tid, 0);
        sum += res[i];
    }
    printf("%d\n", sum);
    return 0;
}
