// racy: longjmp runs main's create loop a second time: two threads get each id (fresh cells hold 0 and 1 twice) and write out[id] together.
#include <pthread.h>
#include <setjmp.h>
#include <stdlib.h>
#define N 2
static int out[N];
static jmp_buf env;
static pthread_t t[2 * N];
static void *worker(void *arg)
{
    int id = *(int *)arg;
    free(arg);
    out[id]++;
    return NULL;
}
int main(void)
{
    static int round;
    setjmp(env);
    for (int i = 0; i < N; i++) {
        int *p = malloc(sizeof *p);
        if (!p)
            return 1;
        *p = i;
        pthread_create(&t[round * N + i], NULL, worker, p);
    }
    if (++round < 2)
        longjmp(env, 1);
    for (int k = 0; k < 2 * N; k++)
        pthread_join(t[k], NULL);
    return out[0];
}
