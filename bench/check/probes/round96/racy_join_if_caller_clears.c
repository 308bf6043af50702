/* racy: main clears tid[0] before calling join_all, whose if (tid[i]) join then skips
   worker 0; its slot write races with main's read. */
#include <pthread.h>
#define N 2
static pthread_t tid[N];
static int slot[N];
static void *worker(void *a) { slot[(long)a] = 1; return 0; }
static void join_all(void) {
    for (int i = 0; i < N; i++)
        if (tid[i]) pthread_join(tid[i], 0);
}
int main(void) {
    for (long i = 0; i < N; i++) pthread_create(&tid[i], 0, worker, (void *)i);
    tid[0] = 0;
    join_all();
    return slot[0] + slot[1];
}
