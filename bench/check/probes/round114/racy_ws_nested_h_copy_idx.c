/* TRUTH: racy — ws[0].h and ws[1].h (holding the tids) are swapped as whole members; join(ws[0].h.tid) waits for thread 1 while main reads res[0] that thread 0 still writes */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>
#define N 3
struct hold { pthread_t tid; };
struct w { struct hold h; int id; };
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
        pthread_create(&ws[i].h.tid, 0, work, (void *)i);
    }
    struct hold tmp = ws[0].h;
    ws[0].h = ws[1].h;
    ws[1].h = tmp;
    for (int i = 0; i < N; i++) {
        pthread_join(ws[i].h.tid, 0);
        sum += res[i];
    }
    printf("%d\n", sum);
    return 0;
}
