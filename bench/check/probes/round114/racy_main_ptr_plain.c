/* TRUTH: racy — main calls itself again through a pointer after starting the worker; the rerun writes x unlocked while the worker writes x */
#include <pthread.h>
#include <stdio.h>

static int x, rounds;
static pthread_t t;
int main(void);
static int (*volatile again)(void) = main;

static void *worker(void *arg)
{
    (void)arg;
    x++;
    return 0;
}

int main(void)
{
    if (rounds) {
        x++;
        return 0;
    }
    rounds = 1;
    pthread_create(&t, 0, worker, 0);
    int r = again();
    pthread_join(t, 0);
    printf("%d\n", x);
    return r;
}
