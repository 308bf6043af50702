/* TRUTH: free — every exit path of run_batch (including the early error path via goto) joins all created threads before reading or resetting status[]; threads write only their own status[i]. */
#include <pthread.h>
#include <stdio.h>

extern int __VERIFIER_nondet_int(void);

#define NB 3
static int status[NB];

static void *task(void *a)
{
    int i = (int)(long)a;
    status[i] = (__VERIFIER_nondet_int() & 1) ? -1 : i;
    return NULL;
}

static int run_batch(void)
{
    pthread_t t[NB];
    int started = 0, rc = 0;
    for (long i = 0; i < NB; i++) {
        if (pthread_create(&t[i], NULL, task, (void *)i) != 0) {
            rc = -2;
            goto join_all;
        }
        started++;
    }
join_all:
    for (int i = 0; i < started; i++)
        pthread_join(t[i], NULL);
    if (rc)
        return rc;
    for (int i = 0; i < NB; i++) {
        if (status[i] < 0) {
            rc = -1;
            status[i] = 0;
        }
    }
    return rc;
}

int main(void)
{
    int rc = run_batch();
    printf("%d %d\n", rc, status[0]);
    return 0;
}
