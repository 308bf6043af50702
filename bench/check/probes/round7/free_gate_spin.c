/* TRUTH: free. main holds the spin lock while filling buf; each worker acquires and releases it before reading buf, and writes only its own sum slot. */
#include <pthread.h>
#include <stdio.h>
static pthread_spinlock_t gate;
static int buf[16];
static int sums[2];

static void *worker(void *arg)
{
    int *mine = arg;
    pthread_spin_lock(&gate);
    pthread_spin_unlock(&gate);
    int s = 0;
    for (int i = 15; i >= 0; i--)
        s += buf[i];
    *mine = s;
    return NULL;
}

int main(void)
{
    pthread_t t1, t2;
    pthread_spin_init(&gate, PTHREAD_PROCESS_PRIVATE);
    pthread_spin_lock(&gate);
    pthread_create(&t1, NULL, worker, &sums[0]);
    pthread_create(&t2, NULL, worker, &sums[1]);
    for (int i = 0; i < 16; i++)
        buf[i] = 2 * i;
    pthread_spin_unlock(&gate);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    printf("%d %d\n", sums[0], sums[1]);
    return 0;
}
