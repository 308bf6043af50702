/* TRUTH: race-free. Lamport's bakery for 2 threads with seq_cst atomics (choosing/number arrays); the section updates the plain 'log_pos'. */
#include <pthread.h>
#include <stdatomic.h>

#define N 2

static atomic_int choosing[N];
static atomic_int number[N];
static int log_pos;

static void b_lock(int i)
{
    atomic_store(&choosing[i], 1);
    int mx = 0;
    for (int j = 0; j < N; j++) {
        int v = atomic_load(&number[j]);
        if (v > mx)
            mx = v;
    }
    atomic_store(&number[i], mx + 1);
    atomic_store(&choosing[i], 0);
    for (int j = 0; j < N; j++) {
        if (j == i)
            continue;
        while (atomic_load(&choosing[j]))
            ;
        for (;;) {
            int nj = atomic_load(&number[j]);
            int ni = atomic_load(&number[i]);
            if (nj == 0 || nj > ni || (nj == ni && j > i))
                break;
        }
    }
}

static void b_unlock(int i)
{
    atomic_store(&number[i], 0);
}

static void *worker(void *arg)
{
    int me = (int)(long)arg;
    for (int k = 0; k < 50; k++) {
        b_lock(me);
        log_pos++;
        b_unlock(me);
    }
    return NULL;
}

int main(void)
{
    pthread_t t[N];
    for (long i = 0; i < N; i++)
        pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    return log_pos;
}
