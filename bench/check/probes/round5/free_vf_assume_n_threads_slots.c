/* TRUTH: race-free - n is a nondet in [1,4] (assume_abort_if_not aborts otherwise); thread i writes only slot[i]; all n are joined before the reach_error check */
#include <pthread.h>
#include <stdlib.h>
extern int __VERIFIER_nondet_int(void);
void reach_error(void) { abort(); }
void assume_abort_if_not(int c) { if (!c) abort(); }
static int slot[4];
static void *worker(void *arg)
{
    int i = *(int *)arg;
    slot[i] = i + 1;
    return NULL;
}
int main(void)
{
    int n = __VERIFIER_nondet_int();
    assume_abort_if_not(n >= 1 && n <= 4);
    pthread_t t[4];
    int id[4];
    for (int i = 0; i < n; i++) {
        id[i] = i;
        pthread_create(&t[i], NULL, worker, &id[i]);
    }
    for (int i = 0; i < n; i++)
        pthread_join(t[i], NULL);
    if (slot[0] != 1)
        reach_error();
    return 0;
}
