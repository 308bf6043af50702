/* TRUTH: racy. classic seqlock with plain data fields: the reader's plain reads of pos_x/pos_y overlap the writer's plain writes (the retry does not remove the data race). */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static atomic_uint seq;
static int pos_x, pos_y;
static int reads_done;

static void *writer(void *p)
{
    (void)p;
    for (int i = 1; i <= 3; i++) {
        atomic_fetch_add_explicit(&seq, 1, memory_order_acq_rel);
        pos_x = i;
        pos_y = -i;
        atomic_fetch_add_explicit(&seq, 1, memory_order_release);
    }
    return NULL;
}

static void *reader(void *p)
{
    (void)p;
    unsigned s0, s1;
    int x, y;
    do {
        s0 = atomic_load_explicit(&seq, memory_order_acquire);
        x = pos_x;
        y = pos_y;
        atomic_thread_fence(memory_order_acquire);
        s1 = atomic_load_explicit(&seq, memory_order_relaxed);
    } while ((s0 & 1) || s0 != s1);
    reads_done = x + y;
    return NULL;
}

int main(void)
{
    pthread_t w, r;
    pthread_create(&w, NULL, writer, NULL);
    pthread_create(&r, NULL, reader, NULL);
    pthread_join(w, NULL);
    pthread_join(r, NULL);
    printf("%d\n", reads_done);
    return 0;
}
