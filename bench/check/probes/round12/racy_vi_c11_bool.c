// racy: C11 threads, ids stored as _Bool: threads 1 and 2 both read 1 and write out[1].
#include <threads.h>
#define N 3
static int out[N];
static int worker(void *arg)
{
    int id = *(_Bool *)arg;
    out[id] += 1;
    return 0;
}
int main(void)
{
    thrd_t t[N];
    _Bool ids[N];
    for (int i = 0; i < N; i++) {
        ids[i] = i;
        thrd_create(&t[i], worker, &ids[i]);
    }
    for (int i = 0; i < N; i++)
        thrd_join(t[i], NULL);
    return out[1];
}
