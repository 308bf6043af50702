/* TRUTH: racy — the writer modifies gauge under spin lock sp, but the monitor reads gauge with no lock; the read and the locked write are unordered. */
#include <pthread.h>
#include <stdio.h>

static pthread_spinlock_t sp;
static int gauge;

static void *writer(void *a)
{
    (void)a;
    for (int i = 0; i < 100; i++) {
        pthread_spin_lock(&sp);
        gauge = i;
        pthread_spin_unlock(&sp);
    }
    return NULL;
}

static void *monitor(void *a)
{
    int mx = 0;
    for (int i = 0; i < 100; i++)
        if (gauge > mx)
            mx = gauge;
    *(int *)a = mx;
    return NULL;
}

int main(void)
{
    int mx = 0;
    pthread_t w, m;
    pthread_spin_init(&sp, 0);
    pthread_create(&w, NULL, writer, NULL);
    pthread_create(&m, NULL, monitor, &mx);
    pthread_join(w, NULL);
    pthread_join(m, NULL);
    printf("%d\n", mx);
    return 0;
}
