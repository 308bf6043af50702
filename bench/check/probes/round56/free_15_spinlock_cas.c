/* TRUTH: free — a CAS spinlock (compare_exchange 0->1, seq_cst) guards the shared ring `log_buf`/`log_len`; release is a seq_cst store of 0; main reads after joins. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_int owner_flag;
static int log_buf[64];
static int log_len;

static void spin_lock(atomic_int *l)
{
    int expected;
    do {
        expected = 0;
    } while (!atomic_compare_exchange_weak(l, &expected, 1));
}

static void spin_unlock(atomic_int *l) { atomic_store(l, 0); }

static void append(int v)
{
    spin_lock(&owner_flag);
    if (log_len < 64)
        log_buf[log_len++] = v;
    spin_unlock(&owner_flag);
}

static void *writer(void *arg)
{
    int base = (int)(long)arg;
    for (int i = 0; i < 20; i++)
        append(base + i);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, writer, (void *)0L);
    pthread_create(&b, NULL, writer, (void *)100L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", log_len, log_buf[0]);
    return 0;
}
