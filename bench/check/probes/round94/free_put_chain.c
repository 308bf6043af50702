/* free: put2 -> put1 store &w into main's local lp (two helper levels); main hands lp to
   the thread, which writes *lp; main writes
   w only after the join. */
#include <pthread.h>
static void put1(int **dst, int *v) { *dst = v; }
static void put2(int **dst, int *v) { put1(dst, v); }
static void *worker(void *arg) { int *p = arg; *p += 1; return 0; }
int main(void) {
    pthread_t t;
    int w = 0;
    int *lp = 0;
    put2(&lp, &w);
    pthread_create(&t, 0, worker, lp);
    pthread_join(t, 0);
    w = 7;
    return w;
}
